using System.Text.Json;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Intake.Tests.Support;

namespace IntakeBot.Intake.Tests;

/// <summary>
/// The message that submitted a case, sent again after a crash lost its answer (same <c>clientActivityID</c>): the user
/// still learns the reference and what happens next, and no second case is made (issue 9, found by the long crash test).
/// </summary>
public sealed class SubmissionRetryTests
{
    // tests/IntakeBot.Intake.Tests/Transcripts/01: "ja" (a copy by mail) at index 21 submits the case.
    private static readonly string[] OneCase = TurnRetryTests.Script;

    // tests/IntakeBot.Intake.Tests/Transcripts/30: "nee" (no copy) at index 20 submits the complaint and moves on to the compliment.
    private static readonly string[] TwoCases =
    [
        "hoi", "nederlands", "ik ben jong", "kracht",
        "mijn mentor Tom is super lief en helpt me echt goed. maar de nieuwe begeleider schreeuwt steeds tegen mij en luistert nooit",
        "klaar", "ja", "ja", "nee", "Ruud", "sla over", "sla over", "sla over", "sla over", "Sanne de Vries", "sla over", "sanne@example.nl",
        "ja", "nee", "klopt", "nee", "ja", "Tom", "klopt", "nee", "nee",
    ];

    [Fact]
    public async Task The_submitting_message_again_tells_the_reference_and_next_steps_again_then_asks_anything_else()
    {
        var chat = await ChatUpToAsync(OneCase, 21);

        var first = await chat.SendAsync(WithClientId(chat, OneCase[21], "id-21"));
        var again = await chat.SendAsync(WithClientId(chat, OneCase[21], "id-21"));

        var made = Assert.Single(chat.Cases.All).Reference;
        Assert.Contains($"Je nummer is {made}", IntakeChat.TextOf(first), StringComparison.Ordinal);
        Assert.Contains("nog iets anders melden", first[^1].Text, StringComparison.Ordinal);
        Assert.Equal(Said(first), Said(again));
        Assert.All(again, reply => Assert.Equal(made, CaseReferenceOf(reply)));
        Assert.Equal(IntakeChat.ButtonsOf(first), IntakeChat.ButtonsOf(again));
    }

    [Fact]
    public async Task A_submitting_message_sent_again_twice_tells_it_each_time_and_the_next_message_is_taken_normally()
    {
        var chat = await ChatUpToAsync(OneCase, 21);
        var first = await chat.SendAsync(WithClientId(chat, OneCase[21], "id-21"));

        Assert.Equal(Said(first), Said(await chat.SendAsync(WithClientId(chat, OneCase[21], "id-21"))));
        Assert.Equal(Said(first), Said(await chat.SendAsync(WithClientId(chat, OneCase[21], "id-21"))));
        var goodbye = await chat.SendAsync(WithClientId(chat, OneCase[22], "id-22"));
        var goodbyeAgain = await chat.SendAsync(WithClientId(chat, OneCase[22], "id-22"));

        Assert.Single(chat.Cases.All);
        Assert.Contains("Dank je", IntakeChat.TextOf(goodbye), StringComparison.Ordinal);
        Assert.DoesNotContain(chat.Cases.All.First().Reference, IntakeChat.TextOf(goodbye), StringComparison.Ordinal);
        // The goodbye's message submitted nothing: sent again it says nothing, and surely not the case again.
        Assert.Empty(goodbyeAgain);
    }

    [Fact]
    public async Task A_message_after_the_submission_that_is_sent_again_does_not_tell_the_case_again()
    {
        var chat = await ChatUpToAsync(TwoCases, 20);
        await chat.SendAsync(WithClientId(chat, TwoCases[20], "id-20"));
        var first = await chat.SendAsync(WithClientId(chat, TwoCases[21], "id-21"));
        var again = await chat.SendAsync(WithClientId(chat, TwoCases[21], "id-21"));

        var complaint = Assert.Single(chat.Cases.All).Reference;
        Assert.DoesNotContain(complaint, IntakeChat.TextOf(again), StringComparison.Ordinal);
        Assert.Equal(Said(first)[^1..], Said(again));
    }

    [Fact]
    public async Task The_message_that_submits_the_first_of_two_cases_again_tells_that_case_and_the_second_message_intro()
    {
        var chat = await ChatUpToAsync(TwoCases, 20);

        var first = await chat.SendAsync(WithClientId(chat, TwoCases[20], "id-20"));
        var again = await chat.SendAsync(WithClientId(chat, TwoCases[20], "id-20"));

        var complaint = Assert.Single(chat.Cases.All).Reference;
        Assert.StartsWith("KL-", complaint, StringComparison.Ordinal);
        Assert.Contains("Nu de tweede melding.", IntakeChat.TextOf(first), StringComparison.Ordinal);
        Assert.Equal(Said(first), Said(again));

        // The second case goes on from where the first left it, and is told (and told again) on its own.
        for (var step = 21; step < 24; step++)
        {
            await chat.SendAsync(WithClientId(chat, TwoCases[step], $"id-{step}"));
        }

        var second = await chat.SendAsync(WithClientId(chat, TwoCases[24], "id-24"));
        var secondAgain = await chat.SendAsync(WithClientId(chat, TwoCases[24], "id-24"));
        Assert.Equal(2, chat.Cases.All.Count);
        var compliment = chat.Cases.All.Single(c => c.Reference != complaint).Reference;
        Assert.Contains(compliment, IntakeChat.TextOf(second), StringComparison.Ordinal);
        Assert.DoesNotContain(complaint, IntakeChat.TextOf(secondAgain), StringComparison.Ordinal);
        Assert.Equal(Said(second), Said(secondAgain));
    }

    private static async Task<IntakeChat> ChatUpToAsync(string[] script, int steps)
    {
        var chat = new IntakeChat("directline");
        for (var step = 0; step < steps; step++)
        {
            await chat.SendAsync(WithClientId(chat, script[step], $"id-{step}"));
        }

        Assert.Empty(chat.Cases.All);
        return chat;
    }

    private static Activity WithClientId(IntakeChat chat, string text, string clientId) => TurnRetryTests.WithClientId(chat, text, clientId);

    /// <summary>Each reply's text with the case reference it carries in channelData.</summary>
    private static List<(string? Text, string? Reference)> Said(IReadOnlyList<Activity> replies) => [.. replies.Select(reply => (reply.Text, CaseReferenceOf(reply)))];

    private static string? CaseReferenceOf(Activity reply) =>
        reply.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("caseReference", out var reference) ? reference.GetString() : null;
}
