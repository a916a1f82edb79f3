using System.Net;
using System.Text;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Bot.Tests.DirectLine;

public sealed class DirectLineSessionTests : IDisposable
{
    private readonly DirectLineHost _host = new(("DirectLine:SessionPermitLimit", "4"), ("DirectLine:SessionWindow", "01:00:00"));
    private readonly DirectLineClient _client;

    public DirectLineSessionTests() => _client = new DirectLineClient(_host.CreateClient());

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData(null)]
    [InlineData("http://localhost")]
    [InlineData(DirectLineHost.TrustedOrigin)]
    [InlineData("HTTPS://JEUGDZORG.EXAMPLE/")]
    public async Task Session_FromAnAllowedPage_StartsAConversation_WithoutTheSecret(string? origin)
    {
        using var response = await PostAsync("/api/directline/session", origin, """{"locale":"nl-NL"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await DirectLineClient.ReadJsonAsync(response);
        var conversationId = json.RootElement.GetProperty("conversationId").GetString()!;
        var token = json.RootElement.GetProperty("token").GetString()!;
        Assert.Equal(1800, json.RootElement.GetProperty("expires_in").GetInt32());
        Assert.StartsWith("ws://localhost/v3/directline/conversations/", json.RootElement.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(DirectLineHost.Secret, json.RootElement.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("nl-NL", Assert.Single(_host.Bot.ReceivedOfType(ActivityTypes.ConversationUpdate)).Locale);

        using var again = await _client.PostAsync("/v3/directline/conversations", token);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var (activities, _) = await _client.PollAsync(conversationId, token);
        Assert.Equal("welkom", Assert.Single(activities).GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("https://kwaadwillend.example")]
    [InlineData("https://jeugdzorg.example.evil.example")]
    [InlineData("null")]
    public async Task Session_FromAnUntrustedPage_Is403(string origin)
    {
        using var response = await PostAsync("/api/directline/session", origin, null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("BadArgument", await DirectLineClient.ErrorCodeAsync(response));
        Assert.Empty(_host.Bot.Received);
    }

    [Fact]
    public async Task Session_IsRateLimitedPerClient()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await PostAsync("/api/directline/session", null, null);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task SessionRefresh_GivesANewTokenForTheSameConversation_AndRefusesExpiredOnes()
    {
        using var started = await PostAsync("/api/directline/session", null, null);
        using var json = await DirectLineClient.ReadJsonAsync(started);
        var conversationId = json.RootElement.GetProperty("conversationId").GetString()!;
        var token = json.RootElement.GetProperty("token").GetString()!;

        using var refreshed = await PostAsync("/api/directline/session/refresh", DirectLineHost.TrustedOrigin, $$"""{"token":"{{token}}"}""");
        using var refreshedJson = await DirectLineClient.ReadJsonAsync(refreshed);
        _host.Clock.Advance(TimeSpan.FromHours(1));
        using var expired = await PostAsync("/api/directline/session/refresh", null, $$"""{"token":"{{token}}"}""");
        using var garbage = await PostAsync("/api/directline/session/refresh", null, """{"token":"nope"}""");

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(conversationId, refreshedJson.RootElement.GetProperty("conversationId").GetString());
        Assert.NotEqual(token, refreshedJson.RootElement.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Equal("TokenExpired", await DirectLineClient.ErrorCodeAsync(expired));
        Assert.Equal(HttpStatusCode.Forbidden, garbage.StatusCode);
    }

    [Fact]
    public async Task Session_WithBadJson_Is400()
    {
        using var response = await PostAsync("/api/directline/session", null, "{\"locale\":");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", await DirectLineClient.ErrorCodeAsync(response));
    }

    private Task<HttpResponseMessage> PostAsync(string path, string? origin, string? json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return _client.Http.SendAsync(request);
    }
}
