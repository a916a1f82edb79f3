using System.Net;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Bot.Tests.BotConnector;

/// <summary>Without an app id, unauthenticated calls work only in Development from loopback (the local Emulator).</summary>
public sealed class EmulatorModeTests : IAsyncLifetime
{
    private FakeBotFrameworkServer _emulator = null!;

    public async Task InitializeAsync() => _emulator = await FakeBotFrameworkServer.StartAsync();

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task Development_OnLoopback_AcceptsUnauthenticatedCalls_AndRepliesWithoutAToken()
    {
        await using var host = new ConnectorHost(new Dictionary<string, string?>(), "Development");
        host.UseKestrel(0);
        host.StartServer();
        using var client = host.CreateClient();

        using var response = await client.SendAsync(ConnectorRequests.Post(ConnectorRequests.Message(_emulator.ServiceUrl, channelId: "emulator"), null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(_emulator.ConnectorRequests);
        Assert.Null(reply.Authorization);
        Assert.Equal("echo: hallo (nl-NL)", ActivitySerializer.Deserialize(reply.Body).Text);
        Assert.Equal(0, _emulator.TokenRequests);
    }

    [Fact]
    public async Task Development_RefusesCallsForwardedByALocalProxy()
    {
        await using var host = new ConnectorHost(new Dictionary<string, string?>(), "Development");
        host.UseKestrel(0);
        host.StartServer();
        using var client = host.CreateClient();
        using var request = ConnectorRequests.Post(ConnectorRequests.Message(_emulator.ServiceUrl, channelId: "emulator"), null);
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_emulator.ConnectorRequests);
    }

    [Fact]
    public async Task Production_RefusesUnauthenticatedCalls_EvenFromLoopback()
    {
        await using var host = new ConnectorHost(new Dictionary<string, string?>(), "Production");
        host.UseKestrel(0);
        host.StartServer();
        using var client = host.CreateClient();

        using var response = await client.SendAsync(ConnectorRequests.Post(ConnectorRequests.Message(_emulator.ServiceUrl, channelId: "emulator"), null));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_emulator.ConnectorRequests);
    }

    [Fact]
    public async Task TheReasonForRefusing_IsLoggedOnce()
    {
        await using var host = new ConnectorHost(new Dictionary<string, string?>(), "Production");
        using var client = host.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            using var response = await client.SendAsync(ConnectorRequests.Post(ConnectorRequests.Message(_emulator.ServiceUrl, channelId: "emulator"), null));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        var refusal = Assert.Single(host.Logs.Messages, m => m.Category.EndsWith("EmulatorAccess", StringComparison.Ordinal));
        Assert.Contains("MicrosoftAppId", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_RefusesCallersThatAreNotLoopback()
    {
        // The in-memory test server has no remote address, so the caller cannot be shown to be local.
        await using var host = new ConnectorHost(new Dictionary<string, string?>(), "Development");
        using var client = host.CreateClient();

        using var response = await client.SendAsync(ConnectorRequests.Post(ConnectorRequests.Message(_emulator.ServiceUrl, channelId: "emulator"), null));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_emulator.ConnectorRequests);
    }

    [Fact]
    public async Task EmulatorMode_RepliesOnlyToLoopbackServiceUrls()
    {
        await using var host = new ConnectorHost(new Dictionary<string, string?>(), "Development");
        host.UseKestrel(0);
        host.StartServer();
        using var client = host.CreateClient();

        using var response = await client.SendAsync(ConnectorRequests.Post(ConnectorRequests.Message("https://example.org/", channelId: "emulator"), null));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
