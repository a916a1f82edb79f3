using System.Net;
using System.Security.Cryptography;
using IntakeBot.Testing.Processes;

namespace IntakeBot.Reliability.Tests.Processes;

public sealed class BotProcessTests
{
    [Fact]
    public async Task Starts_is_killed_and_restarts_on_the_same_port_and_data_then_stops_gracefully()
    {
        using var folder = new TemporaryFolder();
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        await using var bot = await BotProcess.StartAsync(new BotProcessOptions(folder.Path) { Settings = new Dictionary<string, string> { ["DirectLine:Secret"] = secret } });
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("readyz", UriKind.Relative))).StatusCode);
        Assert.True(File.Exists(bot.SqlitePath), bot.SqlitePath);
        var first = bot.Pid;

        bot.Kill();
        Assert.False(bot.IsRunning);
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => http.GetAsync(new Uri("healthz", UriKind.Relative)));

        await bot.RestartAsync();
        Assert.NotEqual(first, bot.Pid);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("readyz", UriKind.Relative))).StatusCode);

        await bot.StopAsync();
        Assert.False(bot.IsRunning);
        Assert.Contains(bot.Output.Lines(), line => line.StartsWith("[test] SIGTERM", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_configured_secret_the_generated_one_is_readable_and_kept_across_restarts()
    {
        using var folder = new TemporaryFolder();
        await using var bot = await BotProcess.StartAsync(new BotProcessOptions(folder.Path));
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };
        using (var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations"))
        {
            // The secret is made when Direct Line is first used.
            await http.SendAsync(request);
        }

        var secret = bot.GeneratedDirectLineSecret;
        Assert.NotNull(secret);
        bot.Kill();
        await bot.RestartAsync();
        using var authorised = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        authorised.Headers.Authorization = new("Bearer", secret);
        Assert.Equal(HttpStatusCode.Created, (await http.SendAsync(authorised)).StatusCode);
        Assert.Equal(secret, bot.GeneratedDirectLineSecret);
    }

    [Fact]
    public async Task A_host_that_cannot_start_fails_with_its_output()
    {
        using var folder = new TemporaryFolder();
        var options = new BotProcessOptions(folder.Path) { Settings = new Dictionary<string, string> { ["Storage:Provider"] = "nonsense" } };
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => BotProcess.StartAsync(options));
        Assert.Contains("exited", failure.Message, StringComparison.Ordinal);
        Assert.Contains("nonsense", failure.Message, StringComparison.Ordinal);
    }
}
