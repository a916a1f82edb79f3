using IntakeBot.Intake.Understanding;

namespace IntakeBot.Intake.Conversation;

/// <summary>
/// The story in the user's own words: several short messages are welcome. The bot keeps listening, with a
/// "Klaar" button under each reply, until the user says they are done.
/// </summary>
internal static class StoryStep
{
    /// <summary>The longest story kept (about 4 pages); the rest is cut, never refused, and the user is told.</summary>
    public const int MaxStoryLength = 20_000;

    public static async Task OnMessageAsync(IntakeTurn turn, string? text)
    {
        var state = turn.State;
        var spec = QuestionCatalog.Build(QuestionIds.Story, turn);
        var done = AnswerReader.FindChoice(spec, text ?? string.Empty) == "done" || turn.Services.Words.Is(AnswerWords.Done, text);
        if (done)
        {
            if (state.Story.Count == 0)
            {
                await turn.AskAsync(QuestionIds.Story, retry: true).ConfigureAwait(false);
                return;
            }

            await FinishAsync(turn).ConfigureAwait(false);
            return;
        }

        if (string.IsNullOrWhiteSpace(text) || !text.Any(char.IsLetterOrDigit))
        {
            await turn.AskAsync(QuestionIds.Story, retry: true).ConfigureAwait(false);
            return;
        }

        var room = MaxStoryLength - state.Story.Sum(s => s.Length);
        var part = text.Trim();
        if (part.Length < room)
        {
            state.Story.Add(part);
            await turn.AskMoreStoryAsync().ConfigureAwait(false);
            return;
        }

        // The story is full: keep what fits, say so (nothing is dropped silently), and go on with the intake.
        if (room > 0)
        {
            state.Story.Add(part[..room]);
        }

        await turn.SayAsync("story.full").ConfigureAwait(false);
        await FinishAsync(turn).ConfigureAwait(false);
    }

    private static async Task FinishAsync(IntakeTurn turn)
    {
        var state = turn.State;
        state.StoryDone = true;
        state.History.Add(QuestionIds.Story);
        await turn.SayAsync("story.heard").ConfigureAwait(false);
        if (await KindFinder.ProposeAsync(turn).ConfigureAwait(false))
        {
            await IntakeFlow.AskAsync(turn, QuestionIds.FaqContinue).ConfigureAwait(false);
            return;
        }

        await IntakeFlow.AdvanceAsync(turn).ConfigureAwait(false);
    }
}
