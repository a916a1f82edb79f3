using System.Text.Json;
using IntakeBot.Browser.Tests.Support;
using Microsoft.Playwright;

namespace IntakeBot.Browser.Tests;

/// <summary>
/// Web Chat's "Opnieuw" (retry) after a failed send draws a new clientActivityID; the page keeps
/// channelData.intakeMessageId, so the bot can tell the same message sent again from a new answer.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RetryTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_message_retried_after_a_failed_send_keeps_its_intake_message_id()
    {
        await fixture.RequireDirectLineAsync();
        await using var context = await fixture.NewContextAsync();
        var chat = await ChatPage.OpenAsync(context, ChatVariant.WebChat);
        await chat.WaitForBotMessageAsync(ScriptedBot.Question1);
        string? failedBody = null;
        await chat.Page.RouteAsync("**/conversations/*/activities", async route =>
        {
            if (route.Request.Method == "POST" && failedBody is null)
            {
                // The network drops the first post: the bot never sees it, Web Chat offers "Opnieuw" after its send timeout.
                failedBody = route.Request.PostData;
                await route.AbortAsync();
                return;
            }

            await route.ContinueAsync();
        });

        await chat.SendTextAsync("Ik ben jong");
        var retry = chat.Page.Locator("#webchat").GetByRole(AriaRole.Button, new() { Name = "Opnieuw" });
        await retry.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 90_000 });
        await retry.ClickAsync();
        await chat.WaitForBotMessageAsync(ScriptedBot.Question2);

        Assert.NotNull(failedBody);
        using var failed = JsonDocument.Parse(failedBody);
        var failedData = failed.RootElement.GetProperty("channelData");
        var conversation = ConversationTests.ConversationOf(await chat.StoredSessionAsync());
        var received = Assert.Single(fixture.Bot.Received, a => a.Conversation?.Id == conversation && a.IsMessage);
        Assert.Equal("Ik ben jong", received.Text);
        Assert.False(string.IsNullOrEmpty(failedData.GetProperty("intakeMessageId").GetString()));
        Assert.Equal(failedData.GetProperty("intakeMessageId").GetString(), received.ChannelData?.GetProperty("intakeMessageId").GetString());
        Assert.NotEqual(failedData.GetProperty("clientActivityID").GetString(), received.ChannelData?.GetProperty("clientActivityID").GetString());
    }
}
