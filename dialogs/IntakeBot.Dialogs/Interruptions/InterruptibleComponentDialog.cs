using IntakeBot.Dialogs.Waterfall;

namespace IntakeBot.Dialogs.Interruptions;

/// <summary>
/// A component dialog whose questions can be interrupted at any moment: each message is first offered to the
/// interruption recognizers; "stop", "help", "back" and "restart" have default handling, and any other command
/// goes to <see cref="OnInterruptionAsync"/>. The words themselves come from content, never from code.
/// </summary>
public abstract class InterruptibleComponentDialog : ComponentDialog
{
    private readonly IReadOnlyList<IInterruptionRecognizer> _recognizers;

    /// <summary>Creates the dialog with the recognizers that are asked, in order, on every message.</summary>
    protected InterruptibleComponentDialog(string dialogId, IReadOnlyList<IInterruptionRecognizer> recognizers)
        : base(dialogId)
    {
        _recognizers = recognizers ?? throw new ArgumentNullException(nameof(recognizers));
    }

    /// <inheritdoc />
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        foreach (var recognizer in _recognizers)
        {
            if (await recognizer.RecognizeAsync(innerDc.Context, cancellationToken).ConfigureAwait(false) is { } interruption)
            {
                var handled = await OnInterruptionAsync(innerDc, interruption, cancellationToken).ConfigureAwait(false);
                if (handled is not null)
                {
                    return handled;
                }
            }
        }

        return await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Handles an interruption. Return the turn's result, or <c>null</c> to let the current question have the message.
    /// The default dispatches the four engine commands and leaves others unhandled.
    /// </summary>
    protected virtual Task<DialogTurnResult?> OnInterruptionAsync(DialogContext innerDc, Interruption interruption, CancellationToken cancellationToken) =>
        interruption.Command switch
        {
            InterruptionCommands.Help => Nullable(OnHelpAsync(innerDc, cancellationToken)),
            InterruptionCommands.Back => Nullable(OnBackAsync(innerDc, cancellationToken)),
            InterruptionCommands.Restart => Nullable(OnRestartAsync(innerDc, cancellationToken)),
            InterruptionCommands.Stop => Nullable(OnStopAsync(innerDc, cancellationToken)),
            _ => Task.FromResult<DialogTurnResult?>(null),
        };

    /// <summary>Explains the current question, then asks it again. Override to send the explanation first.</summary>
    protected virtual async Task<DialogTurnResult> OnHelpAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <summary>Goes back to the previous question; when there is none, asks the current one again.</summary>
    protected virtual async Task<DialogTurnResult> OnBackAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var back = await TryGoBackAsync(innerDc, cancellationToken).ConfigureAwait(false);
        if (back is not null)
        {
            return back;
        }

        await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <summary>Starts the component over.</summary>
    protected virtual async Task<DialogTurnResult> OnRestartAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        return await OnBeginDialogAsync(innerDc, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the component as cancelled. Override to ask first whether to keep or delete what was said.</summary>
    protected virtual async Task<DialogTurnResult> OnStopAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>
    /// Pops the dialogs above the innermost waterfall that can go back, and runs the step that asked the previous
    /// question. Returns <c>null</c>, changing nothing, when no waterfall on this stack has an earlier question.
    /// </summary>
    protected async Task<DialogTurnResult?> TryGoBackAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        for (var depth = innerDc.Stack.Count - 1; depth >= 0; depth--)
        {
            var instance = innerDc.Stack[depth];
            if (innerDc.FindDialog(instance.Id) is not WaterfallDialog waterfall
                || instance.TryGetState<WaterfallState>() is not { WaitingSteps.Count: >= 2 })
            {
                continue;
            }

            while (innerDc.Stack.Count - 1 > depth)
            {
                await innerDc.PopAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
            }

            return await waterfall.StepBackAsync(innerDc, cancellationToken)!.ConfigureAwait(false);
        }

        return null;
    }

    private static async Task<DialogTurnResult?> Nullable(Task<DialogTurnResult> task) => await task.ConfigureAwait(false);
}
