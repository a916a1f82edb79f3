using IntakeBot.Dialogs;
using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.State;

namespace IntakeBot.Testing;

/// <summary>A minimal bot for dialog tests: runs a root dialog each turn and saves conversation state at the end.</summary>
public sealed class DialogTestBot : IBot
{
    private readonly Dialog _root;

    /// <summary>Creates the bot over <paramref name="storage"/> (a new <see cref="MemoryStorage"/> when omitted).</summary>
    public DialogTestBot(Dialog root, IStorage? storage = null)
    {
        _root = root ?? throw new ArgumentNullException(nameof(root));
        Storage = storage ?? new MemoryStorage();
        ConversationState = new ConversationState(Storage);
        DialogState = ConversationState.CreateProperty<DialogState>("dialogState");
    }

    /// <summary>The storage under the state.</summary>
    public IStorage Storage { get; }

    /// <summary>The conversation state.</summary>
    public ConversationState ConversationState { get; }

    /// <summary>The accessor of the dialog stack.</summary>
    public IStatePropertyAccessor<DialogState> DialogState { get; }

    /// <summary>The result of the last turn.</summary>
    public DialogTurnResult? LastResult { get; private set; }

    /// <summary>This bot as a turn callback.</summary>
    public BotCallbackHandler Callback => OnTurnAsync;

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        LastResult = await _root.RunAsync(turnContext, DialogState, cancellationToken).ConfigureAwait(false);
        await ConversationState.SaveChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The stored state document of the adapter's conversation, as JSON text, or <c>null</c>.</summary>
    public async Task<string?> ReadStoredStateAsync(TestAdapter adapter)
    {
        var key = $"{adapter.Conversation.ChannelId}/conversations/{adapter.Conversation.Conversation!.Id}";
        var items = await Storage.ReadAsync([key]).ConfigureAwait(false);
        return items.TryGetValue(key, out var item) ? System.Text.Encoding.UTF8.GetString(item.Json.Span) : null;
    }
}
