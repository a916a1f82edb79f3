using System.Net;
using IntakeBot.Bot.Cli;
using IntakeBot.Testing;

namespace IntakeBot.Bot.Tests.Staff;

public sealed class StaffCliTests(StaffApiFactory factory) : IClassFixture<StaffApiFactory>
{
    private readonly StaffCases _cases = new(seed: 23);

    [Fact]
    public async Task CreateApiKey_PrintsTheKeyOnce_AndTheKeyOpensTheApi()
    {
        var created = _cases.Next("cjg-westelijke-mijnstreek", "cli-" + Guid.NewGuid().ToString("N"));
        await factory.Cases.CreateAsync(created);

        var (exitCode, output, error) = await RunAsync("admin", "create-api-key", "--organisation", "cjg-westelijke-mijnstreek", "--name", "zaaksysteem");

        Assert.Equal(0, exitCode);
        var key = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Trim();
        Assert.StartsWith("ikb_", key, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("only this once", error, StringComparison.Ordinal);
        using var client = factory.ClientWithKey(key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/staff/cases/" + created.Reference)).StatusCode);
    }

    [Fact]
    public async Task RevokeApiKey_ClosesTheApi_AndListShowsIt()
    {
        var (_, output, _) = await RunAsync("admin", "create-api-key", "--organisation", "zorgkracht12");
        var key = output.Trim();
        var id = key.Split('_')[1];

        var (revokeCode, revokeOutput, _) = await RunAsync("admin", "revoke-api-key", "--id", id);
        var (againCode, _, againError) = await RunAsync("admin", "revoke-api-key", "--id", id);
        var (listCode, list, _) = await RunAsync("admin", "list-api-keys");

        Assert.Equal(0, revokeCode);
        Assert.Contains(id, revokeOutput, StringComparison.Ordinal);
        Assert.Equal(1, againCode);
        Assert.Contains(id, againError, StringComparison.Ordinal);
        Assert.Equal(0, listCode);
        var line = Assert.Single(list.Split('\n'), l => l.StartsWith(id, StringComparison.Ordinal));
        Assert.Contains("\tzorgkracht12\t", line, StringComparison.Ordinal);
        Assert.Contains("revoked", line, StringComparison.Ordinal);
        Assert.DoesNotContain(key, list, StringComparison.Ordinal);
        using var client = factory.ClientWithKey(key);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/staff/cases?conversationId=x")).StatusCode);
    }

    [Theory]
    [InlineData("admin", "create-api-key", "--organisation", "kracht-den-hag")]
    [InlineData("admin", "create-api-key", "--organisation", "../../etc/passwd")]
    [InlineData("admin", "create-api-key")]
    [InlineData("admin", "create-api-key", "--organisation")]
    [InlineData("admin")]
    [InlineData("admin", "maak-sleutel")]
    [InlineData("admin", "revoke-api-key")]
    public async Task UsageErrors_ExitWithTwo_AndCreateNothing(params string[] args)
    {
        var before = (await factory.Keys.ListAsync()).Count;

        var (exitCode, output, error) = await RunAsync(args);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.NotEmpty(error.Trim());
        Assert.Equal(before, (await factory.Keys.ListAsync()).Count);
    }

    [Fact]
    public async Task UnknownOrganisation_NamesTheKnownOnes()
    {
        var (_, _, error) = await RunAsync("admin", "create-api-key", "--organisation", "kracht");

        Assert.Contains("kracht-den-haag", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Admin_IsACommand()
    {
        Assert.True(CommandLine.IsCommand(["admin", "list-api-keys"]));
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] all = [.. args, "--content", RepositoryPaths.Content, $"--Storage:SqlitePath={factory.DatabasePath}"];

        var exitCode = await CommandLine.RunAsync(all, TextReader.Null, output, error, factory.Clock, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }
}
