using System.Net;
using IntakeBot.Bot.Channels.BotConnector;

namespace IntakeBot.Bot.Tests.BotConnector;

/// <summary>The bot posts its token only to https service URLs (and, when configured, only to allowed hosts).</summary>
public sealed class ServiceUrlRulesTests
{
    private static ServiceUrlPolicy Policy(bool development, params string[] allowedHosts) =>
        new(new BotConnectorOptions { MicrosoftAppId = TestTokens.AppId, AllowedServiceUrlHosts = allowedHosts }, development);

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/emea", "https://smba.trafficmanager.net/emea/")]
    [InlineData("https://webchat.botframework.com", "https://webchat.botframework.com/")]
    public void HttpsUrls_AreAccepted_WithATrailingSlash(string serviceUrl, string expected)
    {
        Assert.Equal(expected, Policy(development: false).Check(serviceUrl).Uri?.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("smba.trafficmanager.net/emea")]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("http://127.0.0.1:3978/")] // loopback over http only in Development
    [InlineData("ftp://smba.trafficmanager.net/")]
    [InlineData("https://user:pw@smba.trafficmanager.net/")]
    [InlineData("https://smba.trafficmanager.net/?next=https://evil.example/")]
    [InlineData("javascript:alert(1)")]
    public void OtherUrls_AreRefused_InProduction(string? serviceUrl)
    {
        var verdict = Policy(development: false).Check(serviceUrl);

        Assert.Null(verdict.Uri);
        Assert.False(string.IsNullOrEmpty(verdict.Reason));
    }

    [Fact]
    public void HttpLoopback_IsAllowed_InDevelopment()
    {
        Assert.NotNull(Policy(development: true).Check("http://127.0.0.1:3978/").Uri);
        Assert.Null(Policy(development: true).Check("http://10.0.0.5:3978/").Uri);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", true)]
    [InlineData("https://europe.webchat.botframework.com/", true)]
    [InlineData("https://botframework.com/", false)] // the wildcard needs a sub-domain
    [InlineData("https://evilbotframework.com/", false)]
    [InlineData("https://smba.trafficmanager.net.evil.example/", false)]
    [InlineData("https://example.org/", false)]
    public void AllowList_LimitsHosts(string serviceUrl, bool allowed)
    {
        var policy = Policy(false, "smba.trafficmanager.net", "*.botframework.com");

        Assert.Equal(allowed, policy.Check(serviceUrl).Uri is not null);
    }

    [Fact]
    public void EmulatorMode_AcceptsOnlyLoopback()
    {
        var policy = new ServiceUrlPolicy(new BotConnectorOptions(), isDevelopment: true);

        Assert.NotNull(policy.Check("http://localhost:5001/").Uri);
        Assert.NotNull(policy.Check("http://[::1]:5001/").Uri);
        Assert.Null(policy.Check("https://smba.trafficmanager.net/emea/").Uri);
    }

    [Fact]
    public async Task Production_RefusesAnHttpServiceUrl_EvenWithAGoodToken()
    {
        using var key = new TestSigningKey("teams-key", "msteams");
        await using var server = await FakeBotFrameworkServer.StartAsync(key);
        await using var host = new ConnectorHost(ConnectorHost.Authenticated(server), "Production");
        using var client = host.CreateClient();
        var token = TestTokens.Rs256(key, TestTokens.Claims(host.Clock.GetUtcNow(), server.ServiceUrl));

        using var response = await client.SendAsync(ConnectorRequests.Post(ConnectorRequests.Message(server.ServiceUrl), token));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(server.ConnectorRequests);
        Assert.Equal(0, server.TokenRequests);
    }

    [Fact]
    public async Task AHostOutsideTheAllowList_IsRefused_EvenWithAGoodToken()
    {
        using var key = new TestSigningKey("teams-key", "msteams");
        await using var server = await FakeBotFrameworkServer.StartAsync(key);
        var settings = ConnectorHost.Authenticated(server);
        settings["BotConnector:AllowedServiceUrlHosts:0"] = "smba.trafficmanager.net";
        await using var host = new ConnectorHost(settings);
        using var client = host.CreateClient();
        const string ServiceUrl = "https://smba.trafficmanager.net.evil.example/teams/";
        var token = TestTokens.Rs256(key, TestTokens.Claims(host.Clock.GetUtcNow(), ServiceUrl));

        using var response = await client.SendAsync(ConnectorRequests.Post(ConnectorRequests.Message(ServiceUrl), token));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, server.TokenRequests);
    }
}
