using System.Net;
using System.Text.Json;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Bot.Tests.DirectLine;

public sealed class DirectLineActivityTests : IDisposable
{
    private readonly DirectLineHost _host = new();
    private readonly DirectLineClient _client;

    public DirectLineActivityTests() => _client = new DirectLineClient(_host.CreateClient());

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Post_EchoesTheUserActivity_WithServerIdTimestampAndClientActivityId_ThenTheReply()
    {
        var (conversationId, token) = await _client.StartAsync("u-echo");

        var id = await _client.SayAsync(conversationId, token, "hoi", clientActivityId: "c-42");

        Assert.Equal($"{conversationId}|0000002", id);
        var (activities, watermark) = await _client.PollAsync(conversationId, token, "1");
        Assert.Equal("3", watermark);
        Assert.Equal(2, activities.Count);
        var echo = activities[0];
        Assert.Equal(id, echo.GetProperty("id").GetString());
        Assert.Equal("hoi", echo.GetProperty("text").GetString());
        Assert.Equal("c-42", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("directline", echo.GetProperty("channelId").GetString());
        Assert.Equal("u-echo", echo.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("intakebot", echo.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal(conversationId, echo.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("http://localhost/v3/directline/", echo.GetProperty("serviceUrl").GetString());
        Assert.Equal("2026-11-22T09:00:00.001Z", echo.GetProperty("timestamp").GetString());
        var reply = activities[1];
        Assert.Equal("echo: hoi", reply.GetProperty("text").GetString());
        Assert.Equal(id, reply.GetProperty("replyToId").GetString());
        Assert.True(reply.GetProperty("timestamp").GetDateTimeOffset() > echo.GetProperty("timestamp").GetDateTimeOffset());
    }

    [Fact]
    public async Task TheBot_ReceivesTheEchoedActivity()
    {
        var (conversationId, token) = await _client.StartAsync("u-bot");

        var id = await _client.SayAsync(conversationId, token, "vraag");

        var message = Assert.Single(_host.Bot.ReceivedOfType(ActivityTypes.Message));
        Assert.Equal(id, message.Id);
        Assert.Equal("u-bot", message.From!.Id);
        Assert.Equal("directline", message.ChannelId);
        Assert.NotNull(message.Timestamp);
    }

    [Fact]
    public async Task Watermark_ReturnsOnlyLaterActivities_AndStaysWhenNothingIsNew()
    {
        var (conversationId, token) = await _client.StartAsync();
        await _client.SayAsync(conversationId, token, "een");
        var (all, latest) = await _client.PollAsync(conversationId, token);

        await _client.SayAsync(conversationId, token, "twee");
        var (later, next) = await _client.PollAsync(conversationId, token, latest);
        var (none, same) = await _client.PollAsync(conversationId, token, next);

        Assert.Equal(3, all.Count);
        Assert.Equal(["twee", "echo: twee"], later.Select(activity => activity.GetProperty("text").GetString()));
        Assert.Equal("5", next);
        Assert.Empty(none);
        Assert.Equal("5", same);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("99999999999999999999999")]
    public async Task Watermark_ThatIsNotANumber_Is400(string watermark)
    {
        var (conversationId, token) = await _client.StartAsync();

        using var response = await _client.GetAsync($"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", await DirectLineClient.ErrorCodeAsync(response));
    }

    [Theory]
    [InlineData("{\"type\":\"message\",", HttpStatusCode.BadRequest, "BadArgument")]
    [InlineData("\"just a string\"", HttpStatusCode.BadRequest, "BadArgument")]
    [InlineData("{\"type\":\"message\",\"timestamp\":\"gisteren\"}", HttpStatusCode.BadRequest, "BadArgument")]
    [InlineData("{\"text\":\"no type\"}", HttpStatusCode.BadRequest, "MissingProperty")]
    public async Task Post_BadActivity_IsRefusedWithTheErrorShape(string body, HttpStatusCode status, string code)
    {
        var (conversationId, token) = await _client.StartAsync();

        using var response = await _client.PostAsync($"/v3/directline/conversations/{conversationId}/activities", token, body);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, await DirectLineClient.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task Post_TooLarge_Is413()
    {
        var (conversationId, token) = await _client.StartAsync();
        var text = new string('x', 300 * 1024);

        using var response = await _client.PostAsync($"/v3/directline/conversations/{conversationId}/activities", token, JsonSerializer.Serialize(new { type = "message", text }));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("MessageSizeTooBig", await DirectLineClient.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task Post_WhenTheBotFails_Is502_ButTheEchoIsLogged()
    {
        var (conversationId, token) = await _client.StartAsync();

        using var response = await _client.PostAsync($"/v3/directline/conversations/{conversationId}/activities", token, """{"type":"message","text":"boem"}""");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("BotError", await DirectLineClient.ErrorCodeAsync(response));
        var (activities, _) = await _client.PollAsync(conversationId, token, "1");
        Assert.Equal("boem", Assert.Single(activities).GetProperty("text").GetString());
    }

    [Fact]
    public async Task Typing_FromTheBot_IsNotPolled()
    {
        var (conversationId, token) = await _client.StartAsync();

        await _client.SayAsync(conversationId, token, "typ");

        var (activities, watermark) = await _client.PollAsync(conversationId, token, "1");
        Assert.DoesNotContain(activities, activity => activity.GetProperty("type").GetString() == "typing");
        Assert.Equal(2, activities.Count);
        Assert.Equal("4", watermark);
    }

    [Fact]
    public async Task EndOfConversation_EndsIt_AndLaterPostsAreRefused()
    {
        var (conversationId, token) = await _client.StartAsync();

        using var end = await _client.PostAsync($"/v3/directline/conversations/{conversationId}/activities", token, """{"type":"endOfConversation","code":"userCancelled"}""");
        using var after = await _client.PostAsync($"/v3/directline/conversations/{conversationId}/activities", token, """{"type":"message","text":"nog iets"}""");

        Assert.Equal(HttpStatusCode.OK, end.StatusCode);
        Assert.Single(_host.Bot.ReceivedOfType(ActivityTypes.EndOfConversation));
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        Assert.Equal("ConversationEnded", await DirectLineClient.ErrorCodeAsync(after));
        Assert.Empty(_host.Bot.ReceivedOfType(ActivityTypes.Message));
        var (activities, _) = await _client.PollAsync(conversationId, token, "1");
        Assert.Equal("endOfConversation", Assert.Single(activities).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Secret_MayPostAsANamedUser()
    {
        var (conversationId, _) = await _client.StartAsync("u-owner");

        using var response = await _client.PostAsync($"/v3/directline/conversations/{conversationId}/activities", DirectLineHost.Secret, """{"type":"message","text":"x","from":{"id":"u-other"}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("u-other", Assert.Single(_host.Bot.ReceivedOfType(ActivityTypes.Message)).From!.Id);
    }
}
