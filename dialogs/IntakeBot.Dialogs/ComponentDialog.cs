using IntakeBot.Dialogs.Builder;

namespace IntakeBot.Dialogs;

/// <summary>A dialog made of other dialogs, with its own inner stack; it ends when its inner stack ends.</summary>
public class ComponentDialog : Dialog
{
    /// <summary>Creates an empty component.</summary>
    public ComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>The id of the inner dialog started first; defaults to the first dialog added.</summary>
    public string? InitialDialogId { get; set; }

    /// <summary>The inner dialogs.</summary>
    protected DialogSet Dialogs { get; } = new();

    /// <summary>Adds an inner dialog.</summary>
    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    /// <summary>Finds an inner dialog by id.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId);

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext outerDc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        var state = new ComponentState();
        outerDc.ActiveDialog!.SetState(state);
        var innerDc = CreateInnerContext(outerDc, state);
        var turnResult = await OnBeginDialogAsync(innerDc, options, cancellationToken).ConfigureAwait(false);
        return await CompleteAsync(outerDc, turnResult, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext outerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        var state = GetOrRepairState(outerDc.ActiveDialog!);
        var innerDc = CreateInnerContext(outerDc, state);
        var turnResult = await OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        if (turnResult.Status == DialogTurnStatus.Empty)
        {
            // The inner stack was empty or could not be used (a newer release): start the component again.
            turnResult = await OnBeginDialogAsync(innerDc, null, cancellationToken).ConfigureAwait(false);
        }

        return await CompleteAsync(outerDc, turnResult, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext outerDc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);

        // A component starts no outer dialogs itself; when something made it active again, ask its question again.
        await RepromptDialogAsync(outerDc.Context, outerDc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var state = GetOrRepairState(instance);
        var innerDc = new DialogContext(Dialogs, turnContext, state.Stack);
        return innerDc.RepromptDialogAsync(cancellationToken);
    }

    /// <inheritdoc />
    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogReason.CancelCalled)
        {
            var state = GetOrRepairState(instance);
            await new DialogContext(Dialogs, turnContext, state.Stack).CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Starts the inner dialogs. The default begins <see cref="InitialDialogId"/>.</summary>
    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        var initial = InitialDialogId ?? throw new InvalidOperationException($"Component dialog '{Id}' has no dialogs.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    /// <summary>Hands the message to the inner stack. Override to look at messages first (see <see cref="Interruptions.InterruptibleComponentDialog"/>).</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        innerDc.ContinueDialogAsync(cancellationToken);

    /// <summary>Ends the component with the inner result. Override to change the result.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken) =>
        outerDc.EndDialogAsync(result, cancellationToken);

    private static ComponentState GetOrRepairState(DialogInstance instance)
    {
        var state = instance.TryGetState<ComponentState>();
        if (state is null)
        {
            state = new ComponentState();
            instance.SetState(state);
        }

        return state;
    }

    private DialogContext CreateInnerContext(DialogContext outerDc, ComponentState state) =>
        new(Dialogs, outerDc.Context, state.Stack, outerDc);

    private async Task<DialogTurnResult> CompleteAsync(DialogContext outerDc, DialogTurnResult inner, CancellationToken cancellationToken) =>
        inner.Status switch
        {
            DialogTurnStatus.Waiting => EndOfTurn,
            DialogTurnStatus.Cancelled => await EndCancelledAsync(outerDc, inner.Result, cancellationToken).ConfigureAwait(false),
            _ => await EndComponentAsync(outerDc, inner.Result, cancellationToken).ConfigureAwait(false),
        };

    // The parent resumes as after a normal end (as in Bot Framework); a root component reports Cancelled.
    private async Task<DialogTurnResult> EndCancelledAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken)
    {
        var ended = await EndComponentAsync(outerDc, result, cancellationToken).ConfigureAwait(false);
        return ended.Status == DialogTurnStatus.Complete ? ended with { Status = DialogTurnStatus.Cancelled } : ended;
    }
}
