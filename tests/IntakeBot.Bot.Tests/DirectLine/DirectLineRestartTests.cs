using System.Net;
using System.Text.Json;
using IntakeBot.Bot.Hosting;
using IntakeBot.Storage.DirectLine;
using IntakeBot.Storage.Sqlite;
using IntakeBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Bot.Tests.DirectLine;

/// <summary>The host as <c>dotnet run</c> starts it: no secret configured, SQLite, and a page that reloads after a restart.</summary>
public sealed class DirectLineRestartTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("intakebot-directline-restart-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task WithoutConfiguration_TheSessionWorks_AndSurvivesARestart()
    {
        string conversationId;
        string token;
        await using (var first = await StartAsync())
        {
            Assert.IsType<SqliteDirectLineStore>(Assert.IsType<TailCachingDirectLineStore>(first.Services.GetRequiredService<IDirectLineStore>()).Inner);
            using var http = Client(first);
            using var session = await http.PostAsync("/api/directline/session", null);
            Assert.Equal(HttpStatusCode.OK, session.StatusCode);
            using var json = JsonDocument.Parse(await session.Content.ReadAsStringAsync());
            conversationId = json.RootElement.GetProperty("conversationId").GetString()!;
            token = json.RootElement.GetProperty("token").GetString()!;
            await first.StopAsync();
        }

        var secretFile = Path.Combine(_data, "directline-secret");
        Assert.True(File.Exists(secretFile));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(secretFile));
        }

        await using var second = await StartAsync();
        using var reloaded = Client(second);
        var client = new DirectLineClient(reloaded);
        using var reconnect = await client.GetAsync($"/v3/directline/conversations/{conversationId}?watermark=0", token);
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        using var posted = await client.PostAsync($"/v3/directline/conversations/{conversationId}/activities", token, """{"type":"message","text":"ik ben terug"}""");
        var (activities, watermark) = await client.PollAsync(conversationId, token);
        // The echo first, then the intake bot's welcome: the conversation goes on after the restart.
        Assert.Equal("ik ben terug", activities[0].GetProperty("text").GetString());
        Assert.Contains(activities.Skip(1), a => a.GetProperty("text").GetString()!.Contains("chatbot", StringComparison.Ordinal));
        Assert.Equal(activities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), watermark);
        await second.StopAsync();
    }

    private async Task<WebApplication> StartAsync()
    {
        var app = IntakeBotHost.Build([$"--Content:RootPath={RepositoryPaths.Content}", $"--Storage:SqlitePath={Path.Combine(_data, "intakebot.db")}"]);
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        return app;
    }

    private static HttpClient Client(WebApplication app) =>
        new() { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()) };
}
