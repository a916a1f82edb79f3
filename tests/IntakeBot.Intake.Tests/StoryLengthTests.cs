using IntakeBot.Intake.Conversation;
using IntakeBot.Intake.Tests.Support;

namespace IntakeBot.Intake.Tests;

/// <summary>
/// A story longer than <see cref="StoryStep.MaxStoryLength"/> over several messages: the bot keeps the first part, says
/// so in plain words, and goes on with the intake as if the user had said they were done (nothing is cut silently).
/// </summary>
public sealed class StoryLengthTests
{
    private static readonly string[] ToTheStory = ["hoi", "nederlands", "ik ben jong", "krcht"];

    [Fact]
    public async Task A_story_that_fills_up_is_kept_up_to_the_limit_the_user_is_told_and_the_intake_goes_on()
    {
        var chat = new IntakeChat("directline");
        var reference = new IntakeChat("directline");
        foreach (var message in ToTheStory)
        {
            await chat.SendAsync(message);
            await reference.SendAsync(message);
        }

        var part = Sentences(12_000);
        var first = await chat.SendAsync(part);
        var full = await chat.SendAsync(part);
        await reference.SendAsync(part);
        var done = await reference.SendAsync("klaar");

        Assert.DoesNotContain("heel lang", IntakeChat.TextOf(first), StringComparison.Ordinal);
        var said = IntakeChat.TextOf(full);
        Assert.Contains("Je verhaal is nu heel lang", said, StringComparison.Ordinal);
        Assert.Contains("het eerste deel bewaard", said, StringComparison.Ordinal);
        // After the notice, the bot goes on exactly as after "klaar".
        Assert.EndsWith(IntakeChat.TextOf(done), said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_story_below_the_limit_is_not_cut_and_the_bot_keeps_listening()
    {
        var chat = new IntakeChat("directline");
        foreach (var message in ToTheStory)
        {
            await chat.SendAsync(message);
        }

        var replies = await chat.SendAsync(Sentences(StoryStep.MaxStoryLength - 100));

        var said = IntakeChat.TextOf(replies);
        Assert.DoesNotContain("heel lang", said, StringComparison.Ordinal);
        Assert.Contains("Wil je nog iets vertellen", said, StringComparison.Ordinal);
    }

    private static string Sentences(int length)
    {
        const string Sentence = "mijn begeleider schreeuwde tegen me en luisterde niet. ";
        return string.Concat(Enumerable.Repeat(Sentence, (length / Sentence.Length) + 1))[..length];
    }
}
