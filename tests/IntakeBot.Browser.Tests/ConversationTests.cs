using IntakeBot.Browser.Tests.Support;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Browser.Tests;

/// <summary>Needs the Direct Line server (branch directline) in the host.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConversationTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(ChatVariant.WebChat)]
    [InlineData(ChatVariant.Light)]
    public async Task The_scripted_conversation_completes_by_clicking_suggested_actions(ChatVariant variant)
    {
        await fixture.RequireDirectLineAsync();
        await using var context = await fixture.NewContextAsync();
        var chat = await ChatPage.OpenAsync(context, variant);

        await chat.WaitForBotMessageAsync(ScriptedBot.Question1);
        await chat.ClickButtonAsync("Ik ben jong");
        await chat.WaitForBotMessageAsync(ScriptedBot.Question2);
        await chat.ClickButtonAsync("Ja");
        await chat.WaitForBotMessageAsync(ScriptedBot.Final);

        var channelData = await chat.LastChannelDataAsync();
        Assert.Equal(ScriptedBot.CaseReference, channelData?.GetProperty("caseReference").GetString());
        Assert.Equal(1, await chat.CountBotMessagesAsync(ScriptedBot.Welcome));

        var conversation = ConversationOf(await chat.StoredSessionAsync());
        var received = fixture.Bot.Received.Where(a => a.Conversation?.Id == conversation).ToList();
        var join = Assert.Single(received, a => a.Type == ActivityTypes.Event && a.Name == "webchat/join");
        Assert.Equal("kracht-den-haag", join.Value?.GetProperty("organisationId").GetString());
        Assert.Equal("nl", join.Value?.GetProperty("language").GetString());
        var messages = received.Where(a => a.IsMessage).ToList();
        Assert.Equal(["Ik ben jong", "Ja"], messages.Select(m => m.Text));
        Assert.All(messages, m => Assert.Equal("kracht-den-haag", m.ChannelData?.GetProperty("organisationId").GetString()));
    }

    [Theory]
    [InlineData(ChatVariant.WebChat)]
    [InlineData(ChatVariant.Light)]
    public async Task The_language_switch_tells_the_bot(ChatVariant variant)
    {
        await fixture.RequireDirectLineAsync();
        await using var context = await fixture.NewContextAsync();
        var chat = await ChatPage.OpenAsync(context, variant);
        await chat.WaitForBotMessageAsync(ScriptedBot.Question1);

        await chat.Page.ClickAsync("#language");

        await chat.WaitForBotMessageAsync("Language: en");
        Assert.Equal("en", await chat.Page.EvaluateAsync<string>("() => document.documentElement.lang"));
    }

    internal static string ConversationOf(string? storedSession)
    {
        Assert.NotNull(storedSession);
        using var json = System.Text.Json.JsonDocument.Parse(storedSession);
        return json.RootElement.GetProperty("conversationId").GetString()!;
    }
}
