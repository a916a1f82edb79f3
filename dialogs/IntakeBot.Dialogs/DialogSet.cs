using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.State;

namespace IntakeBot.Dialogs;

/// <summary>A set of dialogs that can call each other by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;

    /// <summary>Creates a set whose stack lives in <paramref name="dialogState"/> (omit it for a component's inner set).</summary>
    public DialogSet(IStatePropertyAccessor<DialogState>? dialogState = null)
    {
        _dialogState = dialogState;
    }

    /// <summary>All dialogs in the set.</summary>
    public IEnumerable<Dialog> Dialogs => _dialogs.Values;

    /// <summary>Adds <paramref name="dialog"/>.</summary>
    /// <exception cref="ArgumentException">A dialog with the same id is already in the set.</exception>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException($"A dialog with id '{dialog.Id}' is already in the set.", nameof(dialog));
        }

        return this;
    }

    /// <summary>The dialog with <paramref name="dialogId"/>, or <c>null</c>.</summary>
    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    /// <summary>Loads the conversation's stack and returns a context over it.</summary>
    /// <exception cref="InvalidOperationException">The set was created without a state accessor.</exception>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_dialogState is null)
        {
            throw new InvalidOperationException("This DialogSet has no dialog state accessor; pass one to the constructor.");
        }

        DialogState? state;
        var repaired = false;
        try
        {
            state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false);
        }
        catch (System.Text.Json.JsonException)
        {
            // Unreadable stack (a release with another format, or damage): start the conversation's dialogs
            // again rather than fail every turn from now on.
            state = null;
        }

        if (state is null || state.Version > DialogState.CurrentVersion)
        {
            state = new DialogState();
            await _dialogState.SetAsync(turnContext, state, cancellationToken).ConfigureAwait(false);
            repaired = true;
        }

        return new DialogContext(this, turnContext, state.Stack) { StackWasRepaired = repaired };
    }
}
