using System.Text.Json;
using IntakeBot.Bot.Cli;
using IntakeBot.Intake.Understanding;
using IntakeBot.Recognizers.Organisation;
using IntakeBot.Testing;

namespace IntakeBot.Bot.Tests.Cli;

public sealed class CommandLineTests
{
    private static readonly ManualTimeProvider Clock = new();

    [Theory]
    [InlineData("akj", "jeugdstem")] // AKJ is now Jeugdstem: the former name comes from content
    [InlineData("kracht den haag", "kracht-den-haag")]
    [InlineData("yoep", "kracht-den-haag")] // a partner of Kracht
    [InlineData("blijfgroep", "blijf-groep")]
    public void OrganisationNames_ComeFromContent(string typed, string expectedId)
    {
        var recognizer = new OrganisationNameRecognizer(ContentOrganisationNames.From(ContentRegistry.Content));

        Assert.Contains(recognizer.Recognize(typed), match => match.OrganisationId == expectedId);
    }

    [Fact]
    public async Task Recognize_ReadsContentFromTheGivenFolder()
    {
        var output = new StringWriter();

        var exitCode = await CommandLine.RunAsync(
            ["recognize", "--content", RepositoryPaths.Content],
            new StringReader("""{"id":5,"kind":"organisation","text":"ik zit bij blijf groep"}"""),
            output,
            new StringWriter(),
            Clock,
            CancellationToken.None);

        Assert.Equal(0, exitCode);
        using var result = JsonDocument.Parse(output.ToString());
        Assert.Equal("blijf-groep", result.RootElement.GetProperty("entities")[0].GetProperty("resolution").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Classify_AnswersEachLine()
    {
        var output = new StringWriter();

        var exitCode = await CommandLine.RunAsync(
            ["classify", "--content", RepositoryPaths.Content],
            new StringReader("{\"id\":1,\"text\":\"mn begeleider luistert nooit naar me\"}\n{\"id\":2,\"text\":\"hij slaat me elke dag\"}\nkapot"),
            output,
            new StringWriter(),
            Clock,
            CancellationToken.None);

        Assert.Equal(0, exitCode);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal("klacht", lines[0].GetProperty("label").GetString());
        Assert.True(lines[1].GetProperty("crisis").GetBoolean());
        Assert.True(lines[2].TryGetProperty("error", out _));
    }

    [Theory]
    [InlineData("datetime", "vorige week dinsdag om 3 uur", "datetimeV2.datetime")]
    [InlineData("number", "eenentwintig", "number")]
    [InlineData("ordinal", "de tweede", "ordinal")]
    [InlineData("percentage", "vijftig procent", "percentage")]
    [InlineData("email", "mail naar sanne@example.nl", "email")]
    [InlineData("postcode", "1234 AB", "postcode")]
    public async Task Recognize_ServesEveryKind(string kind, string text, string expectedType)
    {
        var output = new StringWriter();
        var line = JsonSerializer.Serialize(new { id = 1, kind, culture = "nl-NL", text, reference = "2026-11-22T10:00:00" });

        await CommandLine.RunAsync(["recognize", "--content", RepositoryPaths.Content], new StringReader(line), output, new StringWriter(), Clock, CancellationToken.None);

        using var result = JsonDocument.Parse(output.ToString());
        Assert.Equal(expectedType, result.RootElement.GetProperty("entities")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task BrokenContent_ExitsWithOne_AndSaysWhy()
    {
        var empty = Directory.CreateTempSubdirectory("intakebot-nocontent-").FullName;
        var error = new StringWriter();
        try
        {
            var exitCode = await CommandLine.RunAsync(["recognize", "--content", empty], new StringReader(string.Empty), new StringWriter(), error, Clock, CancellationToken.None);

            Assert.Equal(1, exitCode);
            Assert.NotEmpty(error.ToString().Trim());
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Theory]
    [InlineData]
    [InlineData("--urls", "http://localhost:5000")]
    [InlineData("chatbot")]
    public void OtherArguments_AreNotCommands(params string[] args)
    {
        Assert.False(CommandLine.IsCommand(args));
    }
}
