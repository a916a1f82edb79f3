using System.Net;
using System.Net.Http.Headers;

namespace IntakeBot.Bot.Tests.DirectLine;

/// <summary>A token of conversation A can never read, post, stream, upload or download in conversation B.</summary>
public sealed class DirectLineScopeTests : IDisposable
{
    private readonly DirectLineHost _host = new();
    private readonly DirectLineClient _client;

    public DirectLineScopeTests() => _client = new DirectLineClient(_host.CreateClient());

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
}
