using System.Net;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace IntakeBot.Bot.Tests.DirectLine;

/// <summary>Hostile text and bodies never crash the server: text round-trips exactly, garbage gets a 4xx with the error shape.</summary>
public sealed class DirectLineRobustnessTests : IDisposable
{
    private static readonly string[] Pieces = ["", " ", "\u0000", "\u0007", "\r\n", "😀", "👩‍👧", "مرحبا", "שלום", "\u202E", "é", "\"", "\\", "{", "}", "<script>", "ij", "\uFEFF"];
    private readonly DirectLineHost _host = new();
    private readonly DirectLineClient _client;

    public DirectLineRobustnessTests() => _client = new DirectLineClient(_host.CreateClient());

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task AnyText_IsEchoedExactly()
    {
        var (conversationId, token) = await _client.StartAsync();
        var texts = Gen.ListOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts)).ToArbitrary();

        Prop.ForAll(texts, text =>
        {
            var body = JsonSerializer.Serialize(new { type = "message", text });
            using var response = _client.PostAsync($"/v3/directline/conversations/{conversationId}/activities", token, body).GetAwaiter().GetResult();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = DirectLineClient.ReadJsonAsync(response).GetAwaiter().GetResult();
            var id = json.RootElement.GetProperty("id").GetString()!;
            var (activities, _) = _client.PollAsync(conversationId, token, (long.Parse(id.Split('|')[1], System.Globalization.CultureInfo.InvariantCulture) - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).GetAwaiter().GetResult();
            Assert.Equal(text, activities[0].GetProperty("text").GetString());
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    [Fact]
    public async Task AnyBody_GetsA200OrA4xxWithTheErrorShape_NeverA5xx()
    {
        var (conversationId, token) = await _client.StartAsync();
        var bodies = Gen.ListOf(Gen.Elements([.. Pieces, "{\"type\":", "\"message\"", ",", "[", "]", "null", "1e999", "{\"type\":\"message\"}"]))
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

        Prop.ForAll(bodies, body =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities")
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            using var response = _client.Http.SendAsync(request).GetAwaiter().GetResult();
            var status = (int)response.StatusCode;
            Assert.True(status == 200 || (status is >= 400 and < 500), $"{status} for {body}");
            if (status != 200)
            {
                DirectLineClient.ErrorCodeAsync(response).GetAwaiter().GetResult();
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    [Theory]
    [InlineData("DELETE", "/v3/directline/conversations")]
    [InlineData("GET", "/v3/directline/nothing/here")]
    public async Task UnknownEndpoints_AnswerInTheErrorShape(string method, string path)
    {
        using var response = await _client.SendAsync(new HttpMethod(method), path, DirectLineHost.Secret);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NotFound", await DirectLineClient.ErrorCodeAsync(response));
    }
}
