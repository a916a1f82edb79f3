using System.Net;
using System.Text.Json;
using IntakeBot.Bot.Channels.BotConnector;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Bot.Tests.BotConnector;

/// <summary>Replies reach the (fake) Bot Connector with a cached client-credentials token, with retries on transient errors.</summary>
public sealed class ReplyDeliveryTests : IAsyncLifetime
{
    private readonly TestSigningKey _key = new("teams-key", "msteams");
    private FakeBotFrameworkServer _server = null!;
    private ConnectorHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeBotFrameworkServer.StartAsync(_key);
        _host = new ConnectorHost(ConnectorHost.Authenticated(_server));
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _server.DisposeAsync();
        _key.Dispose();
    }

    [Fact]
    public async Task Replies_ArePostedToTheServiceUrl_AsRepliesToTheActivity()
    {
        using var response = await PostAsync(ConnectorRequests.Message(_server.ServiceUrl, "hallo"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        var request = Assert.Single(_server.ConnectorRequests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/teams/v3/conversations/a:conv-1/activities/act-1", request.Path);
        Assert.Equal("Bearer outbound-token-1", request.Authorization);
        var reply = ActivitySerializer.Deserialize(request.Body);
        Assert.Equal("echo: hallo (nl-NL)", reply.Text);
        Assert.Equal("act-1", reply.ReplyToId);
        Assert.Equal("29:user-1", reply.Recipient?.Id);
        Assert.Equal("a:conv-1", reply.Conversation?.Id);
        Assert.Null(reply.ServiceUrl);
    }

    [Fact]
    public async Task TheOutboundToken_IsFetchedOnce_ForSeveralReplies_AndRenewedBeforeItExpires()
    {
        for (var i = 0; i < 3; i++)
        {
            using var response = await PostAsync(ConnectorRequests.Message(_server.ServiceUrl, "twice"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(6, _server.ConnectorRequests.Count);
        Assert.Equal(1, _server.TokenRequests);
        Assert.All(_server.ConnectorRequests, r => Assert.Equal("Bearer outbound-token-1", r.Authorization));

        // The token lives 3600 s and is renewed 5 minutes before that.
        _host.Clock.Advance(TimeSpan.FromMinutes(56));
        using var later = await PostAsync(ConnectorRequests.Message(_server.ServiceUrl, "hallo"));

        Assert.Equal(2, _server.TokenRequests);
        Assert.Equal("Bearer outbound-token-2", _server.ConnectorRequests[^1].Authorization);
    }

    [Fact]
    public async Task ConcurrentTurns_ShareOneTokenRequest()
    {
        var posts = Enumerable.Range(1, 6).Select(async i =>
        {
            var activity = ConnectorRequests.Message(_server.ServiceUrl) with { Conversation = new ConversationAccount { Id = $"a:conv-{i}" } };
            using var response = await PostAsync(activity);
            return response.StatusCode;
        });

        Assert.All(await Task.WhenAll(posts), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(6, _server.ConnectorRequests.Count);
        Assert.Equal(1, _server.TokenRequests);
    }

    [Fact]
    public async Task A503_IsRetried_WithBackoff()
    {
        _server.FailNext(503);
        _server.FailNext(502);

        using var response = await PostAsync(ConnectorRequests.Message(_server.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, _server.ConnectorRequests.Count);
        Assert.Equal([TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1)], _host.Delays.Delays);
    }

    [Fact]
    public async Task A429_WaitsAsLongAsRetryAfterSays()
    {
        _server.FailNext(429, "7");

        using var response = await PostAsync(ConnectorRequests.Message(_server.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _server.ConnectorRequests.Count);
        Assert.Equal([TimeSpan.FromSeconds(7)], _host.Delays.Delays);
    }

    [Fact]
    public async Task PersistentFailures_GiveUpAfterFourAttempts_With502()
    {
        for (var i = 0; i < 4; i++)
        {
            _server.FailNext(500);
        }

        using var response = await PostAsync(ConnectorRequests.Message(_server.ServiceUrl));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal(4, _server.ConnectorRequests.Count);
    }

    [Fact]
    public async Task AnUnreachableConnector_IsRetried_ThenGivesUpWith502()
    {
        const string Unreachable = "http://127.0.0.1:1/teams/"; // nothing listens on port 1

        using var response = await PostAsync(ConnectorRequests.Message(Unreachable));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal([TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], _host.Delays.Delays);
    }

    [Fact]
    public async Task ClientErrors_AreNotRetried()
    {
        _server.FailNext(400);

        using var response = await PostAsync(ConnectorRequests.Message(_server.ServiceUrl));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Single(_server.ConnectorRequests);
        Assert.Empty(_host.Delays.Delays);
    }

    [Fact]
    public async Task A401FromTheConnector_FetchesANewTokenOnce()
    {
        _server.FailNext(401);

        using var response = await PostAsync(ConnectorRequests.Message(_server.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _server.TokenRequests);
        Assert.Equal("Bearer outbound-token-2", _server.ConnectorRequests[^1].Authorization);
    }

    [Fact]
    public async Task ExpectReplies_ReturnsTheRepliesInTheBody_AndPostsNothing()
    {
        using var response = await PostAsync(ConnectorRequests.Message(_server.ServiceUrl, "twice") with { DeliveryMode = DeliveryModes.ExpectReplies });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var texts = body.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("text").GetString()).ToList();
        Assert.Equal(["echo: twice (nl-NL)", "and again"], texts);
        Assert.Empty(_server.ConnectorRequests);
        Assert.Equal(0, _server.TokenRequests);
    }

    [Fact]
    public async Task Invoke_ReturnsTheBotsInvokeResponse()
    {
        var invoke = ConnectorRequests.Message(_server.ServiceUrl) with
        {
            Type = ActivityTypes.Invoke,
            Name = "test/ok",
            Text = null,
            Value = JsonSerializer.SerializeToElement(new { answer = "ja" }),
        };

        using var response = await PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("ok").GetBoolean());
        Assert.Equal("ja", body.RootElement.GetProperty("echo").GetProperty("answer").GetString());
    }

    [Fact]
    public async Task Invoke_WithoutAnInvokeResponse_Is501()
    {
        using var response = await PostAsync(ConnectorRequests.Message(_server.ServiceUrl) with { Type = ActivityTypes.Invoke, Name = "test/none" });

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[1,2]")]
    [InlineData("{\"text\":\"no type\",\"conversation\":{\"id\":\"c\"}}")]
    [InlineData("{\"type\":\"message\"}")]
    [InlineData("{\"type\":\"message\",")]
    public async Task BodiesThatAreNotActivities_Are400(string json)
    {
        using var response = await _client.SendAsync(ConnectorRequests.Post(json, null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task BodiesOverOneMegabyte_Are413()
    {
        var huge = ConnectorRequests.Message(_server.ServiceUrl, new string('a', BotConnectorEndpoint.MaxBodyBytes));

        using var response = await PostAsync(huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_server.ConnectorRequests);
    }

    [Fact]
    public async Task Get_Is405()
    {
        using var response = await _client.GetAsync(new Uri("/api/messages", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task CallerId_FromTheWire_IsReplaced()
    {
        var bot = new RecordingBot();
        await using var host = new ConnectorHost(ConnectorHost.Authenticated(_server), bot: bot);
        using var client = host.CreateClient();
        var activity = ConnectorRequests.Message(_server.ServiceUrl) with { CallerId = "urn:botframework:aadappid:evil", DeliveryMode = DeliveryModes.ExpectReplies };
        var token = TestTokens.Rs256(_key, TestTokens.Claims(host.Clock.GetUtcNow(), _server.ServiceUrl));

        using var response = await client.SendAsync(ConnectorRequests.Post(activity, token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("urn:botframework:azure", Assert.Single(bot.Activities).CallerId);
    }

    private Task<HttpResponseMessage> PostAsync(Activity activity)
    {
        var token = TestTokens.Rs256(_key, TestTokens.Claims(_host.Clock.GetUtcNow(), activity.ServiceUrl!));
        return _client.SendAsync(ConnectorRequests.Post(activity, token));
    }
}
