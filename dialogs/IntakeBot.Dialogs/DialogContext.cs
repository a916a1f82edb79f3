using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Prompts;

namespace IntakeBot.Dialogs;

/// <summary>A dialog stack within one turn, with the operations that change it.</summary>
public class DialogContext
{
    /// <summary>Creates a context over <paramref name="stack"/>.</summary>
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, List<DialogInstance> stack, DialogContext? parent = null)
    {
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        Context = turnContext ?? throw new ArgumentNullException(nameof(turnContext));
        Stack = stack ?? throw new ArgumentNullException(nameof(stack));
        Parent = parent;
    }

    /// <summary>The dialogs this context can start.</summary>
    public DialogSet Dialogs { get; }

    /// <summary>The turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>The stack; the active dialog is last.</summary>
    public List<DialogInstance> Stack { get; }

    /// <summary>The context of the component dialog that owns this one, if any.</summary>
    public DialogContext? Parent { get; }

    /// <summary>The dialog that receives the next message, or <c>null</c>.</summary>
    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[^1] : null;

    /// <summary>True when the stored stack could not be used (unknown dialogs or format) and was cleared in this turn.</summary>
    public bool StackWasRepaired { get; internal set; }

    /// <summary>Finds a dialog by id in this context's set, then in the parents' sets.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    /// <summary>Pushes the dialog <paramref name="dialogId"/> and starts it.</summary>
    /// <exception cref="ArgumentException">No dialog with that id can be found.</exception>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(dialogId);
        var dialog = FindDialog(dialogId) ?? throw new ArgumentException($"No dialog with id '{dialogId}' was found.", nameof(dialogId));
        Stack.Add(new DialogInstance(dialogId));
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a prompt with <paramref name="options"/>.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Hands the turn's message to the active dialog.</summary>
    /// <remarks>
    /// An active dialog whose id no longer exists (removed in a newer release) cannot continue: the stack is
    /// cleared, <see cref="StackWasRepaired"/> is set, and the result is <see cref="DialogTurnStatus.Empty"/> so the
    /// caller starts afresh instead of failing every turn.
    /// </remarks>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var dialog = FindDialog(instance.Id);
        if (dialog is null)
        {
            Stack.Clear();
            StackWasRepaired = true;
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        return await dialog.ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog and resumes its parent with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        var parent = ActiveDialog;
        if (parent is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        var dialog = FindDialog(parent.Id);
        if (dialog is null)
        {
            Stack.Clear();
            StackWasRepaired = true;
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends every dialog on the stack, each told it was cancelled.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (Stack.Count > 0)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Ends the active dialog and starts <paramref name="dialogId"/> in its place, without resuming the parent.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } instance && FindDialog(instance.Id) is { } dialog)
        {
            await dialog.RepromptDialogAsync(Context, instance, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Removes the active dialog without resuming its parent, telling it why.</summary>
    internal async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } instance)
        {
            return;
        }

        if (FindDialog(instance.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken).ConfigureAwait(false);
        }

        Stack.RemoveAt(Stack.Count - 1);
    }
}
