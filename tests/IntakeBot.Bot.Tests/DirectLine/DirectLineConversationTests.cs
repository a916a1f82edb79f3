using System.Net;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Bot.Tests.DirectLine;

public sealed class DirectLineConversationTests : IDisposable
{
    private readonly DirectLineHost _host = new();
    private readonly DirectLineClient _client;

    public DirectLineConversationTests() => _client = new DirectLineClient(_host.CreateClient());

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Start_WithTheSecret_Is201_WithTokenAndStreamUrl_AndTheBotGetsOneConversationUpdate()
    {
        using var response = await _client.PostAsync("/v3/directline/conversations", DirectLineHost.Secret, """{"user":{"id":"u-1"},"locale":"nl-NL"}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = await DirectLineClient.ReadJsonAsync(response);
        var conversationId = json.RootElement.GetProperty("conversationId").GetString()!;
        var token = json.RootElement.GetProperty("token").GetString()!;
        Assert.Equal(1800, json.RootElement.GetProperty("expires_in").GetInt32());
        Assert.Equal($"ws://localhost/v3/directline/conversations/{conversationId}/stream?t={token}", json.RootElement.GetProperty("streamUrl").GetString());
        var update = Assert.Single(_host.Bot.ReceivedOfType(ActivityTypes.ConversationUpdate));
        Assert.Equal("u-1", Assert.Single(update.MembersAdded!).Id);
        Assert.Equal("directline", update.ChannelId);
        Assert.Equal("nl-NL", update.Locale);
        Assert.Equal(conversationId, update.Conversation!.Id);
    }

    [Fact]
    public async Task Start_WithAGeneratedToken_Is201ThenWith200_SameConversation_AndOnlyOneConversationUpdate()
    {
        using var generated = await _client.PostAsync("/v3/directline/tokens/generate", DirectLineHost.Secret);
        using var generatedJson = await DirectLineClient.ReadJsonAsync(generated);
        var token = generatedJson.RootElement.GetProperty("token").GetString()!;
        var conversationId = generatedJson.RootElement.GetProperty("conversationId").GetString()!;

        using var first = await _client.PostAsync("/v3/directline/conversations", token);
        using var second = await _client.PostAsync("/v3/directline/conversations", token);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        using var secondJson = await DirectLineClient.ReadJsonAsync(second);
        Assert.Equal(conversationId, secondJson.RootElement.GetProperty("conversationId").GetString());
        Assert.Single(_host.Bot.ReceivedOfType(ActivityTypes.ConversationUpdate));
    }

    [Fact]
    public async Task Reconnect_GivesAStreamUrlWithTheWatermark_AndNoSecondConversationUpdate()
    {
        var (conversationId, token) = await _client.StartAsync();

        using var response = await _client.GetAsync($"/v3/directline/conversations/{conversationId}?watermark=1", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await DirectLineClient.ReadJsonAsync(response);
        Assert.Equal(conversationId, json.RootElement.GetProperty("conversationId").GetString());
        Assert.EndsWith("&watermark=1", json.RootElement.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
        Assert.Single(_host.Bot.ReceivedOfType(ActivityTypes.ConversationUpdate));
    }

    [Fact]
    public async Task Reconnect_ToAnUnknownConversation_Is404()
    {
        using var response = await _client.GetAsync("/v3/directline/conversations/doesnotexist", DirectLineHost.Secret);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("NotFound", await DirectLineClient.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task Welcome_IsInTheLog_AndTheConversationUpdateIsNot()
    {
        var (conversationId, token) = await _client.StartAsync();

        var (activities, watermark) = await _client.PollAsync(conversationId, token);

        var welcome = Assert.Single(activities);
        Assert.Equal("welkom", welcome.GetProperty("text").GetString());
        Assert.Equal($"{conversationId}|0000001", welcome.GetProperty("id").GetString());
        Assert.Equal("bot", welcome.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("1", watermark);
    }
}
