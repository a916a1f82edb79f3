using System.Text.Json;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Intake.Tests.Support;

namespace IntakeBot.Intake.Tests;

/// <summary>One welcome per conversation, whatever the channel sends; channel facts (organisation, language) are used.</summary>
public sealed class WelcomeAndChannelTests
{
    private const string Welcome = "Ik ben een chatbot";

    [Fact]
    public async Task A_repeated_conversation_update_welcomes_once()
    {
        var chat = new IntakeChat("msteams");
        var update = chat.Adapter.MakeActivity() with
        {
            Type = ActivityTypes.ConversationUpdate,
            Text = null,
            MembersAdded = [new ChannelAccount { Id = "user-1" }],
        };

        var first = await chat.SendAsync(update);
        var second = await chat.SendAsync(update);
        var message = await chat.SendAsync("hoi");

        Assert.Contains(Welcome, IntakeChat.TextOf(first), StringComparison.Ordinal);
        Assert.Empty(second);
        Assert.DoesNotContain(Welcome, IntakeChat.TextOf(message), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Direct_lines_conversation_update_waits_for_the_widget_to_join()
    {
        var chat = new IntakeChat("directline");
        var update = chat.Adapter.MakeActivity() with
        {
            Type = ActivityTypes.ConversationUpdate,
            Text = null,
            MembersAdded = [new ChannelAccount { Id = "dl_user" }],
        };

        Assert.Empty(await chat.SendAsync(update));
        var joined = await chat.SendAsync(Join(chat, "blijf-groep", "nl"));
        var again = await chat.SendAsync(Join(chat, "blijf-groep", "nl"));

        Assert.Contains(Welcome, IntakeChat.TextOf(joined), StringComparison.Ordinal);
        Assert.Contains("Wie ben jij?", IntakeChat.TextOf(joined), StringComparison.Ordinal);
        Assert.DoesNotContain(Welcome, IntakeChat.TextOf(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bot_member_being_added_is_not_a_reason_to_welcome()
    {
        var chat = new IntakeChat("msteams");
        var update = chat.Adapter.MakeActivity() with
        {
            Type = ActivityTypes.ConversationUpdate,
            Text = null,
            MembersAdded = [new ChannelAccount { Id = chat.Adapter.Conversation.Bot!.Id }],
        };

        Assert.Empty(await chat.SendAsync(update));
    }

    [Fact]
    public async Task An_unknown_organisation_from_the_channel_is_ignored_and_asked()
    {
        var chat = new IntakeChat("directline");
        var replies = await chat.SendAsync(Join(chat, "does-not-exist", "nl"));
        await chat.SendAsync("ik ben jong");

        var next = IntakeChat.TextOf(chat.Transcript);
        Assert.Contains(Welcome, IntakeChat.TextOf(replies), StringComparison.Ordinal);
        Assert.Contains("Over wie gaat het? Noem de naam", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_without_locale_gets_the_language_the_user_chose_before()
    {
        var first = new IntakeChat("msteams", conversationId: "teams-1");
        await first.SendAsync("hoi");
        await first.SendAsync("English");

        var second = new IntakeChat("msteams", conversationId: "teams-2", storage: first.Storage);
        var replies = await second.SendAsync(second.Adapter.MakeActivity("hello") with { Locale = null });

        Assert.Contains("I am a chatbot", IntakeChat.TextOf(replies), StringComparison.Ordinal);
        Assert.DoesNotContain("Which language", IntakeChat.TextOf(replies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_language_event_of_the_widget_switches_and_asks_again()
    {
        var chat = new IntakeChat("directline");
        await chat.SendAsync(Join(chat, "kracht-den-haag", "nl"));
        var replies = await chat.SendAsync(chat.Adapter.MakeActivity() with
        {
            Type = ActivityTypes.Event,
            Name = IntakeDialog.LanguageEvent,
            Value = JsonSerializer.SerializeToElement("en"),
        });

        Assert.Contains("Who are you?", IntakeChat.TextOf(replies), StringComparison.Ordinal);
    }

    private static Activity Join(IntakeChat chat, string organisation, string language) => chat.Adapter.MakeActivity() with
    {
        Type = ActivityTypes.Event,
        Name = IntakeDialog.JoinEvent,
        Value = JsonSerializer.SerializeToElement(new { organisationId = organisation, language }),
    };
}
