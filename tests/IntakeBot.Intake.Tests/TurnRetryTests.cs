using System.Text.Json;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Intake.Cases;
using IntakeBot.Intake.Tests.Support;

namespace IntakeBot.Intake.Tests;

/// <summary>
/// A message sent again after a crash (found by tests/IntakeBot.Reliability.Tests): a turn whose state was saved is not
/// taken twice, and a submission whose state was lost does not make a second case.
/// </summary>
public sealed class TurnRetryTests
{
    // tests/IntakeBot.Intake.Tests/Transcripts/01: "ja" (a copy by mail) at index 21 submits the case.
    internal static readonly string[] Script =
    [
        "hoi", "nederlands", "ik ben jong", "krcht", "mn begeleider schreeuwde tegen me en luisterde nie", "ze deed echt gemeen tegen mij",
        "klaar", "ja", "nee", "nee", "mijn begeleider lisa", "sla over", "vorige week dinsdag", "een gesprek en sorry", "ik ben het zelf",
        "Sanne de Vries", "06 12345678", "sanne.devries@example.nl", "ja", "ja", "klopt", "ja", "nee",
    ];

    private const int SubmittingStep = 21;

    [Fact]
    public async Task The_same_message_again_with_its_client_id_asks_the_next_question_again_instead_of_answering_it()
    {
        var chat = new IntakeChat("directline");
        var reference = new IntakeChat("directline");
        for (var step = 0; step < 20; step++)
        {
            await chat.SendAsync(WithClientId(chat, Script[step], $"id-{step}"));
            await reference.SendAsync(Script[step]);
        }

        // "klopt" taken, its answer lost; the client sends it again with the same id.
        var first = await chat.SendAsync(WithClientId(chat, "klopt", "id-20"));
        var again = await chat.SendAsync(WithClientId(chat, "klopt", "id-20"));
        await reference.SendAsync("klopt");

        Assert.Contains("kopie per mail", first[^1].Text, StringComparison.Ordinal);
        Assert.Equal(first[^1].Text, Assert.Single(again).Text);
        Assert.Empty(chat.Cases.All);
        var rest = await chat.SendAsync(WithClientId(chat, "ja", "id-21"));
        var expected = await reference.SendAsync("ja");
        var made = Assert.Single(chat.Cases.All).Reference;
        var madeThere = Assert.Single(reference.Cases.All).Reference;
        Assert.Equal(Texts(expected).Select(text => text?.Replace(madeThere, "<reference>", StringComparison.Ordinal)), Texts(rest).Select(text => text?.Replace(made, "<reference>", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_story_part_sent_again_gets_the_keep_going_prompt_not_the_first_story_question()
    {
        // Found by the long crash test: the reprompt during the story asked "tell in your own words" again.
        var chat = new IntakeChat("directline");
        for (var step = 0; step < 5; step++)
        {
            await chat.SendAsync(WithClientId(chat, Script[step], $"id-{step}"));
        }

        var first = await chat.SendAsync(WithClientId(chat, Script[5], "id-5"));
        var again = await chat.SendAsync(WithClientId(chat, Script[5], "id-5"));

        Assert.Contains("Ik lees mee", first[^1].Text, StringComparison.Ordinal);
        Assert.Equal(first[^1].Text, Assert.Single(again).Text);
    }

    [Fact]
    public async Task Web_Chats_retry_with_a_new_client_id_but_the_same_intake_message_id_is_not_taken_twice()
    {
        // IntakeBot's Web Chat page keeps channelData.intakeMessageId on "Retry"; Web Chat draws a new clientActivityID.
        var chat = new IntakeChat("directline");
        for (var step = 0; step < 8; step++)
        {
            await chat.SendAsync(WithIds(chat, Script[step], $"id-{step}", $"web-{step}"));
        }

        var first = await chat.SendAsync(WithIds(chat, "nee", "id-8", "web-8"));
        var retried = await chat.SendAsync(WithIds(chat, "nee", "id-8", "web-8-retry"));
        var next = await chat.SendAsync(WithIds(chat, "nee", "id-9", "web-9"));

        Assert.Equal(first[^1].Text, Assert.Single(retried).Text);
        Assert.NotEqual(first[^1].Text, next[^1].Text);
    }

    [Fact]
    public async Task A_message_with_a_new_client_id_is_taken_even_when_its_text_repeats()
    {
        var chat = new IntakeChat("directline");
        for (var step = 0; step < 8; step++)
        {
            await chat.SendAsync(WithClientId(chat, Script[step], $"id-{step}"));
        }

        // The user says "nee" twice in a row on purpose (two questions): each is an answer.
        var talked = await chat.SendAsync(WithClientId(chat, "nee", "id-8"));
        var external = await chat.SendAsync(WithClientId(chat, "nee", "id-9"));

        Assert.NotEqual(Texts(talked), Texts(external));
        Assert.Contains("Over wie gaat het? Een naam mag.", IntakeChat.TextOf(external), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submission_whose_state_was_not_saved_finds_its_case_when_sent_again()
    {
        var storage = new FailingStorage();
        var chat = new IntakeChat("directline", storage: storage);
        for (var step = 0; step < SubmittingStep; step++)
        {
            await chat.SendAsync(Script[step]);
        }

        storage.FailNextWrite = true;
        await Assert.ThrowsAsync<IOException>(() => chat.SendAsync(Script[SubmittingStep]));
        var created = Assert.Single(chat.Cases.All);

        var replies = await chat.SendAsync(Script[SubmittingStep]);

        Assert.Single(chat.Cases.All);
        Assert.Contains($"Je nummer is {created.Reference}", IntakeChat.TextOf(replies), StringComparison.Ordinal);
    }

    [Fact]
    public void A_submission_reference_depends_only_on_the_seed_the_number_and_the_attempt()
    {
        var seed = CaseReference.NewSeed();

        var reference = CaseReference.For(Content.Model.Kind.Klacht, seed, 0, 1);

        Assert.Equal(reference, CaseReference.For(Content.Model.Kind.Klacht, seed, 0, 1));
        Assert.Equal(reference, CaseReference.Normalize(reference));
        Assert.NotEqual(reference, CaseReference.For(Content.Model.Kind.Klacht, seed, 1, 1));
        Assert.NotEqual(reference, CaseReference.For(Content.Model.Kind.Klacht, seed, 0, 2));
        Assert.NotEqual(reference, CaseReference.For(Content.Model.Kind.Klacht, CaseReference.NextSeed(seed), 0, 1));
        Assert.Equal(CaseReference.NextSeed(seed), CaseReference.NextSeed(seed));
    }

    internal static Activity WithClientId(IntakeChat chat, string text, string clientId) =>
        chat.Adapter.MakeActivity(text) with { ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["clientActivityID"] = clientId }) };

    private static Activity WithIds(IntakeChat chat, string text, string intakeMessageId, string clientId) =>
        chat.Adapter.MakeActivity(text) with
        {
            ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["intakeMessageId"] = intakeMessageId, ["clientActivityID"] = clientId }),
        };

    private static List<string?> Texts(IReadOnlyList<Activity> replies) => [.. replies.Select(reply => reply.Text)];
}
