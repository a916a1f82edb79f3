using IntakeBot.Browser.Tests.Support;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Browser.Tests;

/// <summary>Needs the Direct Line server (branch directline) in the host.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ResumeTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(ChatVariant.WebChat)]
    [InlineData(ChatVariant.Light)]
    public async Task A_reload_resumes_the_conversation_without_a_second_welcome(ChatVariant variant)
    {
        await fixture.RequireDirectLineAsync();
        await using var context = await fixture.NewContextAsync();
        var chat = await ChatPage.OpenAsync(context, variant);
        await chat.WaitForBotMessageAsync(ScriptedBot.Question1);
        await chat.ClickButtonAsync("Ik ben ouder");
        await chat.WaitForBotMessageAsync(ScriptedBot.Question2);
        var before = ConversationTests.ConversationOf(await chat.StoredSessionAsync());

        await chat.Page.ReloadAsync();

        await chat.WaitForBotMessageAsync(ScriptedBot.Question2);
        Assert.Equal(1, await chat.CountBotMessagesAsync(ScriptedBot.Welcome));
        Assert.Equal(before, ConversationTests.ConversationOf(await chat.StoredSessionAsync()));
        Assert.Single(fixture.Bot.Received, a => a.Conversation?.Id == before && a.Type == ActivityTypes.Event && a.Name == "webchat/join");

        await chat.ClickButtonAsync("Nee");
        await chat.WaitForBotMessageAsync(ScriptedBot.Final);
    }
}
