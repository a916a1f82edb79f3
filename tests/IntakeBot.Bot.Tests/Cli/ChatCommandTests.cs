using IntakeBot.Bot.Cli;
using IntakeBot.Testing;

namespace IntakeBot.Bot.Tests.Cli;

/// <summary>The terminal chat holds the same conversation, with numbered buttons, and prints each case with its route.</summary>
public sealed class ChatCommandTests
{
    private static readonly ManualTimeProvider Clock = new();

    [Fact]
    public async Task A_whole_intake_in_the_terminal_creates_a_case_and_prints_its_route()
    {
        var lines = string.Join('\n',
            "1", "1", "mijn begeleider schreeuwde tegen mij", "klaar", "1", "1", "2", "sla over", "sla over", "sla over", "sla over", "sla over",
            "Sanne de Vries", "sla over", "sla over", "1", "2", "1");
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = await CommandLine.RunAsync(["chat", "--organisation", "kracht-den-haag", "--content", RepositoryPaths.Content], new StringReader(lines), output, error, Clock, CancellationToken.None);

        var text = output.ToString();
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error.ToString());
        Assert.Contains("     1. Nederlands", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Over wie gaat het? Noem de naam", text, StringComparison.Ordinal);
        Assert.Contains("Je melding is klaar. Je nummer is KL-", text, StringComparison.Ordinal);
        Assert.Contains("[channelData.caseReference = KL-", text, StringComparison.Ordinal);
        Assert.Contains("file-with-kracht → Kracht voor Jeugd en Gezin (form, deadline 2026-12-01)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_organisation_is_a_usage_error_naming_the_known_ones()
    {
        var error = new StringWriter();

        var exit = await CommandLine.RunAsync(["chat", "--organisation", "nope", "--content", RepositoryPaths.Content], new StringReader(string.Empty), new StringWriter(), error, Clock, CancellationToken.None);

        Assert.Equal(2, exit);
        Assert.Contains("kracht-den-haag", error.ToString(), StringComparison.Ordinal);
    }
}
