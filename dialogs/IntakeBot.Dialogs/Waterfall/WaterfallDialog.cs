using System.Text.Json;
using IntakeBot.Dialogs.Prompts;
using IntakeBot.Dialogs.State;

namespace IntakeBot.Dialogs.Waterfall;

/// <summary>A dialog that runs its steps in order; a step that starts a prompt receives the answer in the next step.</summary>
/// <remarks>
/// <para>The running step is stored by index and by method name. When a new release inserted or removed steps,
/// the stored name finds the step again. When the step no longer exists, or the stored state cannot be read,
/// the waterfall starts again at its first step with the values it had kept (<see cref="DialogReason.VersionChanged"/>),
/// so a well-written dialog skips what it already knows. It never fails the turn.</para>
/// <para>Steps that ended a turn waiting for an answer are remembered, so an interruption can go back one question.
/// A step that asks a question should read earlier answers from <see cref="WaterfallStepContext.Values"/>, because
/// on the way back it runs again without the previous step's result.</para>
/// </remarks>
public class WaterfallDialog : Dialog
{
    private const int MaxRememberedQuestions = 64;

    private readonly List<WaterfallStep> _steps = [];
    private readonly List<string> _names = [];

    /// <summary>Creates a waterfall with <paramref name="steps"/>.</summary>
    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null)
        : base(dialogId)
    {
        foreach (var step in steps ?? [])
        {
            AddStep(step);
        }
    }

    /// <summary>The names of the steps, in order.</summary>
    public IReadOnlyList<string> StepNames => _names;

    /// <summary>Appends a step.</summary>
    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        _names.Add(step.Method.Name);
        return this;
    }

    /// <inheritdoc />
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = new WaterfallState
        {
            Options = options is null ? null : JsonSerializer.SerializeToElement(options, options.GetType(), StateJson.Options),
        };
        dc.ActiveDialog!.SetState(state);
        return RunStepAsync(dc, state, 0, DialogReason.BeginCalled, null, options, cancellationToken);
    }

    /// <inheritdoc />
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!dc.Context.Activity.IsMessage)
        {
            return Task.FromResult(EndOfTurn);
        }

        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, PromptInput.GetText(dc.Context.Activity), cancellationToken);
    }

    /// <inheritdoc />
    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        var state = instance.TryGetState<WaterfallState>();
        if (state is null)
        {
            state = new WaterfallState();
            instance.SetState(state);
            return RunStepAsync(dc, state, 0, DialogReason.VersionChanged, null, null, cancellationToken);
        }

        var index = LocateStep(state);
        if (index < 0)
        {
            state.WaitingSteps.Clear();
            return RunStepAsync(dc, state, 0, DialogReason.VersionChanged, null, null, cancellationToken);
        }

        return RunStepAsync(dc, state, index + 1, reason, result, null, cancellationToken);
    }

    /// <summary>
    /// Runs again the step that asked the previous question, when the active dialog is this waterfall.
    /// Returns <c>null</c> when there is no earlier question in this waterfall.
    /// </summary>
    internal Task<DialogTurnResult>? StepBackAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog?.TryGetState<WaterfallState>();
        if (state is null || state.WaitingSteps.Count < 2)
        {
            return null;
        }

        var previous = state.WaitingSteps[^2];
        var index = _names.IndexOf(previous);
        if (index < 0)
        {
            return null;
        }

        state.WaitingSteps.RemoveRange(state.WaitingSteps.Count - 2, 2);
        return RunStepAsync(dc, state, index, DialogReason.ReplaceCalled, null, null, cancellationToken);
    }

    private int LocateStep(WaterfallState state)
    {
        if (state.StepIndex >= 0 && state.StepIndex < _names.Count && (state.StepName is null || _names[state.StepIndex] == state.StepName))
        {
            return state.StepIndex;
        }

        return state.StepName is null ? -1 : _names.IndexOf(state.StepName);
    }

    private async Task<DialogTurnResult> RunStepAsync(
        DialogContext dc, WaterfallState state, int index, DialogReason reason, object? result, object? liveOptions, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        state.StepIndex = index;
        state.StepName = _names[index];
        var stepContext = new WaterfallStepContext(this, dc, state, index, reason, result, liveOptions);
        var turnResult = await _steps[index](stepContext, cancellationToken).ConfigureAwait(false);

        // Remember only the step that itself left the turn waiting, not the steps that chained to it with NextAsync.
        if (turnResult.Status == DialogTurnStatus.Waiting && state.StepIndex == index)
        {
            state.WaitingSteps.Add(_names[index]);
            if (state.WaitingSteps.Count > MaxRememberedQuestions)
            {
                state.WaitingSteps.RemoveAt(0);
            }
        }

        return turnResult;
    }
}
