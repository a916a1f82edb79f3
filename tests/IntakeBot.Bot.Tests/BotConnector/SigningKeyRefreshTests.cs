using System.Net;

namespace IntakeBot.Bot.Tests.BotConnector;

/// <summary>Keys are cached, fetched again when a new key id appears, and unknown key ids cannot make the bot hammer the key server.</summary>
public sealed class SigningKeyRefreshTests : IAsyncLifetime
{
    private readonly TestSigningKey _oldKey = new("old-key", "msteams");
    private readonly TestSigningKey _newKey = new("new-key", "msteams");
    private FakeBotFrameworkServer _server = null!;
    private ConnectorHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeBotFrameworkServer.StartAsync(_oldKey);
        _host = new ConnectorHost(ConnectorHost.Authenticated(_server));
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _server.DisposeAsync();
        _oldKey.Dispose();
        _newKey.Dispose();
    }

    [Fact]
    public async Task KeysAreCached_AcrossRequests()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await PostAsync(_oldKey));
        }

        Assert.Equal(1, _server.MetadataFetches);
        Assert.Equal(1, _server.KeyFetches);
    }

    [Fact]
    public async Task RotatedKey_IsFetchedAndAccepted()
    {
        Assert.Equal(HttpStatusCode.OK, await PostAsync(_oldKey));
        _server.Publish(_newKey);
        _host.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(HttpStatusCode.OK, await PostAsync(_newKey));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(_oldKey));
        Assert.Equal(2, _server.KeyFetches);
        Assert.Equal(2, _server.MetadataFetches);
    }

    [Fact]
    public async Task UnknownKeyIds_RefreshAtMostOncePerMinimumInterval()
    {
        Assert.Equal(HttpStatusCode.OK, await PostAsync(_oldKey));
        _host.Clock.Advance(TimeSpan.FromMinutes(2));

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(_newKey));
        }

        Assert.Equal(2, _server.KeyFetches);

        // Published after the refresh: refused until the minimum interval has passed, then fetched and accepted.
        _server.Publish(_newKey);
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(_newKey));
        _host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(_newKey));
        Assert.Equal(3, _server.KeyFetches);
    }

    [Fact]
    public async Task StaleKeys_AreFetchedAgainAfterTheirLifetime()
    {
        Assert.Equal(HttpStatusCode.OK, await PostAsync(_oldKey));
        _host.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.OK, await PostAsync(_oldKey));
        Assert.Equal(2, _server.KeyFetches);
    }

    [Fact]
    public async Task TokenLifetime_IsJudgedByTheInjectedClock()
    {
        _host.Clock.Advance(TimeSpan.FromHours(3));

        Assert.Equal(HttpStatusCode.OK, await PostAsync(_oldKey));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(_oldKey, DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task WithoutReachableKeys_Calls503_AndTheFetchIsNotRepeatedForEveryRequest()
    {
        var settings = ConnectorHost.Authenticated(_server);
        settings["BotConnector:OpenIdMetadataUrl"] = _server.BaseUrl + "/no-such-metadata";
        await using var host = new ConnectorHost(settings);
        using var client = host.CreateClient();
        var token = TestTokens.Rs256(_oldKey, TestTokens.Claims(host.Clock.GetUtcNow(), _server.ServiceUrl));

        for (var i = 0; i < 3; i++)
        {
            using var response = await client.SendAsync(ConnectorRequests.Post(ConnectorRequests.Message(_server.ServiceUrl), token));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        }

        Assert.Equal(0, _server.KeyFetches);
        Assert.Contains(host.Logs.Messages, m => m.Message.Contains("Could not fetch the Bot Framework signing keys", StringComparison.Ordinal));
        Assert.Single(host.Logs.Messages, m => m.Message.Contains("Could not fetch", StringComparison.Ordinal));
    }

    private async Task<HttpStatusCode> PostAsync(TestSigningKey key, DateTimeOffset? issuedAround = null)
    {
        var activity = ConnectorRequests.Message(_server.ServiceUrl) with { DeliveryMode = "expectReplies" };
        var token = TestTokens.Rs256(key, TestTokens.Claims(issuedAround ?? _host.Clock.GetUtcNow(), _server.ServiceUrl));
        using var response = await _client.SendAsync(ConnectorRequests.Post(activity, token));
        return response.StatusCode;
    }
}
