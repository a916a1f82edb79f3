using System.Net;
using System.Net.Http.Headers;
using IntakeBot.Bot.Tests.DirectLine;

namespace IntakeBot.Security.Tests.DirectLine;

/// <summary>
/// Catalogue item 2, Direct Line token scope: a token of conversation A can never read, post, stream, upload, download
/// or refresh into conversation B, also after a refresh; the secret may do everything but never travels in a URL; a
/// token may travel in the query string only where a browser cannot set a header (the WebSocket stream and file
/// links). Expiry and refresh on every route, and "a token cannot mint tokens", are in the Bot tests'
/// DirectLineTokenTests (ExpiredToken_IsRefusedWithTokenExpired_OnEveryRoute_ButARefreshedOneWorks,
/// Generate_WithAToken_IsRefused, Refresh_WithTheSecret_IsRefused, TamperedToken_IsRefused).
/// </summary>
public sealed class DirectLineTokenScopeTests : IDisposable
{
    private readonly DirectLineHost _host = new();
    private readonly DirectLineClient _client;

    public DirectLineTokenScopeTests() => _client = new DirectLineClient(_host.CreateClient());

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData("GET", "")]
    [InlineData("GET", "/activities")]
    [InlineData("POST", "/activities")]
    [InlineData("POST", "/upload")]
    [InlineData("GET", "/files/0123456789abcdef0123456789abcdef")]
    public async Task TokenOfA_OnB_Is403_AndBSeesNothing(string method, string suffix)
    {
        var (_, tokenA) = await _client.StartAsync("u-a");
        var (conversationB, tokenB) = await _client.StartAsync("u-b");

        using var request = new HttpRequestMessage(new HttpMethod(method), $"/v3/directline/conversations/{conversationB}{suffix}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokenA);
        if (method == "POST")
        {
            request.Content = suffix == "/upload"
                ? new ByteArrayContent([1, 2, 3]) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }
                : new StringContent("""{"type":"message","text":"inbraak"}""", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await _client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("BadArgument", await DirectLineClient.ErrorCodeAsync(response));
        var (activities, _) = await _client.PollAsync(conversationB, tokenB);
        Assert.Single(activities);
    }

    [Fact]
    public async Task TokenOfA_CannotStreamB()
    {
        var (_, tokenA) = await _client.StartAsync("u-a");
        var (conversationB, _) = await _client.StartAsync("u-b");

        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            DirectLineSocket.ConnectAsync(_host, $"ws://localhost/v3/directline/conversations/{conversationB}/stream?t={tokenA}"));

        Assert.Contains("403", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenOfA_CannotStartOrRefreshIntoB()
    {
        var (conversationA, tokenA) = await _client.StartAsync("u-a");
        await _client.StartAsync("u-b");

        using var start = await _client.PostAsync("/v3/directline/conversations", tokenA);
        using var refresh = await _client.PostAsync("/v3/directline/tokens/refresh", tokenA);

        using var startJson = await DirectLineClient.ReadJsonAsync(start);
        using var refreshJson = await DirectLineClient.ReadJsonAsync(refresh);
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        Assert.Equal(conversationA, startJson.RootElement.GetProperty("conversationId").GetString());
        Assert.Equal(conversationA, refreshJson.RootElement.GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task TheSecret_MayUseEveryConversation()
    {
        var (conversationA, _) = await _client.StartAsync("u-a");

        var (activities, _) = await _client.PollAsync(conversationA, DirectLineHost.Secret);

        Assert.Single(activities);
    }

    [Fact]
    public async Task RefreshedTokenOfA_IsStillScopedToA()
    {
        var (conversationA, tokenA) = await _client.StartAsync("u-a");
        var (conversationB, _) = await _client.StartAsync("u-b");
        using var refresh = await _client.PostAsync("/v3/directline/tokens/refresh", tokenA);
        using var json = await DirectLineClient.ReadJsonAsync(refresh);
        var refreshed = json.RootElement.GetProperty("token").GetString()!;

        using var onB = await _client.GetAsync($"/v3/directline/conversations/{conversationB}/activities", refreshed);
        using var onA = await _client.GetAsync($"/v3/directline/conversations/{conversationA}/activities", refreshed);

        Assert.Equal(HttpStatusCode.Forbidden, onB.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onA.StatusCode);
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("GET", "/activities")]
    [InlineData("POST", "/activities")]
    [InlineData("POST", "/upload")]
    public async Task TokenInTheQueryString_IsRefused_WhereAHeaderIsPossible(string method, string suffix)
    {
        var (conversation, token) = await _client.StartAsync("u-a");

        using var response = await _client.SendAsync(
            new HttpMethod(method), $"/v3/directline/conversations/{conversation}{suffix}?t={token}", credential: null, method == "POST" ? """{"type":"message","text":"x"}""" : null);
        using var refresh = await _client.PostAsync($"/v3/directline/tokens/refresh?t={token}", credential: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
    }

    [Fact]
    public async Task TokenInTheQueryString_OpensTheStream_OfItsOwnConversation()
    {
        var (conversation, token) = await _client.StartAsync("u-a");

        using var socket = await DirectLineSocket.ConnectAsync(_host, $"ws://localhost/v3/directline/conversations/{conversation}/stream?t={token}");
        var (activities, _) = await socket.ReceiveSetAsync();

        Assert.Single(activities);
    }

    [Fact]
    public async Task SecretInTheQueryString_IsRefused_EvenOnTheStream()
    {
        var (conversation, _) = await _client.StartAsync("u-a");

        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            DirectLineSocket.ConnectAsync(_host, $"ws://localhost/v3/directline/conversations/{conversation}/stream?t={DirectLineHost.Secret}"));

        Assert.Contains("403", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpiredToken_CannotOpenTheStream()
    {
        var (conversation, token) = await _client.StartAsync("u-a");
        _host.Clock.Advance(TimeSpan.FromHours(2));

        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            DirectLineSocket.ConnectAsync(_host, $"ws://localhost/v3/directline/conversations/{conversation}/stream?t={token}"));

        Assert.Contains("403", error.Message, StringComparison.Ordinal);
    }
}
