using IntakeBot.Dialogs.Interruptions;
using IntakeBot.Dialogs.Prompts;
using IntakeBot.Intake.Resume;
using IntakeBot.Intake.Submission;

namespace IntakeBot.Intake.Conversation;

/// <summary>
/// One message through the intake, in this order: a crisis stops everything; a question asked in between
/// (aside) gets its answer; the always-available commands (stop, hulp, terug, opnieuw, intrekken, language);
/// a resume code; otherwise the message answers the current question, and the planner picks the next one.
/// </summary>
internal static class IntakeFlow
{
    /// <summary>How many answers a question gets before the bot offers to skip it, call someone or continue later.</summary>
    public const int MaxAttempts = 3;

    public static async Task OnMessageAsync(IntakeTurn turn)
    {
        var text = PromptInput.GetText(turn.Context.Activity);
        if (await Crisis.CheckAsync(turn, text).ConfigureAwait(false))
        {
            return;
        }

        // The commands work during a question asked in between too: "stop" after a crisis, "terug" when stuck.
        var command = turn.Services.Interruptions.Match(text);
        if (turn.State.Aside is { } aside && command is not null && command is not (InterruptionCommands.Help or "language-nl" or "language-en")
            && !(aside == QuestionIds.StopKeepOrDelete && command == InterruptionCommands.Stop))
        {
            turn.State.Aside = null;
            turn.State.WithdrawReference = null;
        }

        if (turn.State.Aside is not null && command is not (InterruptionCommands.Help or "language-nl" or "language-en"))
        {
            await Asides.AnswerAsync(turn, text).ConfigureAwait(false);
            return;
        }

        if (await Commands.TryHandleAsync(turn, text).ConfigureAwait(false))
        {
            return;
        }

        if (ResumeCodes.Normalize(text) is { } code)
        {
            await Commands.ResumeAsync(turn, code).ConfigureAwait(false);
            return;
        }

        if (turn.State.Finished)
        {
            turn.State.Finished = false;
            await AskAsync(turn, QuestionIds.FinishedMore).ConfigureAwait(false);
            return;
        }

        await AnswerAsync(turn, text).ConfigureAwait(false);
    }

    /// <summary>
    /// The activity that started the intake, right after the welcome. A first message is usually a greeting, so it
    /// answers nothing; it is still checked for a crisis, a command and a resume code.
    /// </summary>
    public static async Task OnFirstActivityAsync(IntakeTurn turn)
    {
        var text = turn.Context.Activity.IsMessage ? PromptInput.GetText(turn.Context.Activity) : null;
        if (await Crisis.CheckAsync(turn, text).ConfigureAwait(false) || await Commands.TryHandleAsync(turn, text).ConfigureAwait(false))
        {
            return;
        }

        if (ResumeCodes.Normalize(text) is { } code)
        {
            await Commands.ResumeAsync(turn, code).ConfigureAwait(false);
            return;
        }

        await AdvanceAsync(turn).ConfigureAwait(false);
    }

    /// <summary>Asks a main question and remembers it as pending.</summary>
    public static async Task AskAsync(IntakeTurn turn, string questionId, bool retry = false)
    {
        turn.State.Pending = questionId;
        await Notices.BeforeAsync(turn, questionId).ConfigureAwait(false);
        await turn.AskAsync(questionId, retry).ConfigureAwait(false);
    }

    /// <summary>Asks whatever is asked now again: the aside, or else the main question.</summary>
    public static Task RepromptAsync(IntakeTurn turn, bool retry = false) =>
        turn.State.Aside is { } aside ? turn.AskAsync(aside, retry)
        // Part of the story is told: "tell in your own words" again would sound as if it was lost.
        : turn.State.Pending == QuestionIds.Story && turn.State.Story.Count > 0 ? turn.AskMoreStoryAsync()
        : turn.State.Pending is { } pending ? turn.AskAsync(pending, retry)
        : AdvanceAsync(turn);

    /// <summary>Moves on to the next open question, or submits when none is left.</summary>
    public static async Task AdvanceAsync(IntakeTurn turn)
    {
        turn.State.Attempts = 0;
        var next = IntakePlanner.Next(turn.State, turn.Services);
        if (next == IntakePlanner.Submit)
        {
            await Submitter.SubmitAsync(turn).ConfigureAwait(false);
            return;
        }

        await AskAsync(turn, next).ConfigureAwait(false);
    }

    /// <summary>Reads the message as the answer to the main question.</summary>
    public static async Task AnswerAsync(IntakeTurn turn, string? text)
    {
        var state = turn.State;
        var pending = state.Pending ?? IntakePlanner.Next(state, turn.Services);
        state.Pending = pending;
        if (pending == IntakePlanner.Submit)
        {
            await Submitter.SubmitAsync(turn).ConfigureAwait(false);
            return;
        }

        if (pending == QuestionIds.Story)
        {
            await StoryStep.OnMessageAsync(turn, text).ConfigureAwait(false);
            return;
        }

        if (pending == QuestionIds.Summary && await SummaryStep.TryChangeAsync(turn, text).ConfigureAwait(false))
        {
            return;
        }

        var spec = QuestionCatalog.Build(pending, turn);
        var answer = AnswerReader.Read(spec, text, turn);
        if (answer.Status == AnswerStatus.Invalid)
        {
            await FailedAsync(turn, pending).ConfigureAwait(false);
            return;
        }

        if (await MainAnswers.ApplyAsync(turn, pending, answer).ConfigureAwait(false))
        {
            state.History.Add(pending);
            await AdvanceAsync(turn).ConfigureAwait(false);
        }
    }

    /// <summary>An answer that was not understood: ask again in other words, and after 3 tries offer a way out.</summary>
    public static async Task FailedAsync(IntakeTurn turn, string questionId)
    {
        turn.State.Attempts++;
        if (turn.State.Attempts >= MaxAttempts)
        {
            turn.State.Attempts = 0;
            turn.State.Aside = QuestionIds.RetryOffer;
            await turn.AskAsync(QuestionIds.RetryOffer).ConfigureAwait(false);
            return;
        }

        await turn.AskAsync(questionId, retry: true).ConfigureAwait(false);
    }
}
