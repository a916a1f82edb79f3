using System.Net;

namespace IntakeBot.Bot.Tests.DirectLine;

public sealed class DirectLineTokenTests : IDisposable
{
    private readonly DirectLineHost _host = new();
    private readonly DirectLineClient _client;

    public DirectLineTokenTests() => _client = new DirectLineClient(_host.CreateClient());

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Generate_WithTheSecret_GivesATokenForANewConversationAndTheUser()
    {
        using var response = await _client.PostAsync("/v3/directline/tokens/generate", DirectLineHost.Secret, """{"user":{"id":"u-anna","name":"Anna"}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await DirectLineClient.ReadJsonAsync(response);
        var token = json.RootElement.GetProperty("token").GetString()!;
        Assert.Equal(1800, json.RootElement.GetProperty("expires_in").GetInt32());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("conversationId").GetString()));
        Assert.Equal("u-anna", DirectLineClient.Claims(token).GetProperty("user").GetString());
        Assert.Equal(json.RootElement.GetProperty("conversationId").GetString(), DirectLineClient.Claims(token).GetProperty("conv").GetString());
    }

    [Fact]
    public async Task Generate_WithoutABody_NamesTheUserDl()
    {
        using var response = await _client.PostAsync("/v3/directline/tokens/generate", DirectLineHost.Secret);
        using var json = await DirectLineClient.ReadJsonAsync(response);

        Assert.StartsWith("dl_", DirectLineClient.Claims(json.RootElement.GetProperty("token").GetString()!).GetProperty("user").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized, "BadArgument")]
    [InlineData("not-the-secret", HttpStatusCode.Forbidden, "BadArgument")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.AAAA", HttpStatusCode.Forbidden, "BadArgument")]
    public async Task Generate_WithoutAGoodSecret_IsRefused(string? credential, HttpStatusCode status, string code)
    {
        using var response = await _client.PostAsync("/v3/directline/tokens/generate", credential);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, await DirectLineClient.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task Generate_WithAToken_IsRefused()
    {
        var (_, token) = await _client.StartAsync();

        using var response = await _client.PostAsync("/v3/directline/tokens/generate", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"user\":")]
    [InlineData("[1,2")]
    [InlineData("{\"user\":{\"id\":\"a\\u0000b\"}}")]
    public async Task Generate_WithBadJson_Is400BadArgument(string body)
    {
        using var response = await _client.PostAsync("/v3/directline/tokens/generate", DirectLineHost.Secret, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", await DirectLineClient.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task Refresh_GivesANewTokenForTheSameConversation()
    {
        var (conversationId, token) = await _client.StartAsync("u-refresh");

        using var response = await _client.PostAsync("/v3/directline/tokens/refresh", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await DirectLineClient.ReadJsonAsync(response);
        var fresh = json.RootElement.GetProperty("token").GetString()!;
        Assert.NotEqual(token, fresh);
        Assert.Equal(conversationId, json.RootElement.GetProperty("conversationId").GetString());
        Assert.Equal("u-refresh", DirectLineClient.Claims(fresh).GetProperty("user").GetString());
        await _client.SayAsync(conversationId, fresh, "hallo");
    }

    [Fact]
    public async Task Refresh_WithTheSecret_IsRefused()
    {
        using var response = await _client.PostAsync("/v3/directline/tokens/refresh", DirectLineHost.Secret);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ExpiredToken_IsRefusedWithTokenExpired_OnEveryRoute_ButARefreshedOneWorks()
    {
        var (conversationId, token) = await _client.StartAsync();
        _host.Clock.Advance(TimeSpan.FromMinutes(15));
        using var refreshed = await _client.PostAsync("/v3/directline/tokens/refresh", token);
        using var json = await DirectLineClient.ReadJsonAsync(refreshed);
        var fresh = json.RootElement.GetProperty("token").GetString()!;

        _host.Clock.Advance(TimeSpan.FromMinutes(16));

        string[] paths =
        [
            $"POST /v3/directline/conversations/{conversationId}/activities",
            $"GET /v3/directline/conversations/{conversationId}/activities",
            $"GET /v3/directline/conversations/{conversationId}",
            "POST /v3/directline/conversations",
            "POST /v3/directline/tokens/refresh",
            $"POST /v3/directline/conversations/{conversationId}/upload",
        ];
        foreach (var route in paths)
        {
            var (method, path) = (route.Split(' ')[0], route.Split(' ')[1]);
            using var response = await _client.SendAsync(new HttpMethod(method), path, token, method == "POST" ? """{"type":"message","text":"x"}""" : null);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("TokenExpired", await DirectLineClient.ErrorCodeAsync(response));
        }

        await _client.SayAsync(conversationId, fresh, "nog steeds hier");
    }

    [Fact]
    public async Task TamperedToken_IsRefused()
    {
        var (conversationId, token) = await _client.StartAsync();
        var parts = token.Split('.');
        var claims = DirectLineClient.Claims(token).GetRawText().Replace(conversationId, "AAAAAAAAAAAAAAAAAAAAAA", StringComparison.Ordinal);
        var forged = $"{parts[0]}.{System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(claims))}.{parts[2]}";

        using var response = await _client.GetAsync("/v3/directline/conversations/AAAAAAAAAAAAAAAAAAAAAA/activities", forged);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("BadArgument", await DirectLineClient.ErrorCodeAsync(response));
    }
}
