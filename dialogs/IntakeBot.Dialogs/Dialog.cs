using IntakeBot.Dialogs.Builder;

namespace IntakeBot.Dialogs;

/// <summary>A unit of conversation that can run over several turns and returns a result.</summary>
public abstract class Dialog
{
    /// <summary>The result that says: wait for the user's next message.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    /// <summary>Creates a dialog with the id <paramref name="dialogId"/>.</summary>
    /// <remarks>The id is persisted on the stack: renaming a dialog is a change of stored data.</remarks>
    protected Dialog(string dialogId)
    {
        ArgumentException.ThrowIfNullOrEmpty(dialogId);
        Id = dialogId;
    }

    /// <summary>The dialog's id within its set.</summary>
    public string Id { get; }

    /// <summary>Starts the dialog; it is already on the stack as <see cref="DialogContext.ActiveDialog"/>.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>Handles the user's next message. The default ends the dialog.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>Resumes after a child dialog ended with <paramref name="result"/>. The default ends with that result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the user again for what the dialog waits for. The default does nothing.</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Called when the dialog leaves the stack, for clean-up. The default does nothing.</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;
}
