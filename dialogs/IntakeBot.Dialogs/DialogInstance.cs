using System.Text.Json;
using System.Text.Json.Serialization;
using IntakeBot.Dialogs.State;

namespace IntakeBot.Dialogs;

/// <summary>One dialog on the stack: its id and its typed state.</summary>
/// <remarks>
/// State read from storage stays JSON until the dialog asks for it with its own state type, so no CLR type
/// name is ever stored: the dialog id says which dialog, and the dialog knows its state type.
/// </remarks>
[JsonConverter(typeof(DialogInstanceConverter))]
public sealed class DialogInstance
{
    private object? _state;
    private JsonElement? _storedState;

    /// <summary>Creates an instance for the dialog <paramref name="id"/> with no state yet.</summary>
    public DialogInstance(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        Id = id;
    }

    internal DialogInstance(string id, JsonElement? storedState)
        : this(id)
    {
        _storedState = storedState;
    }

    /// <summary>The id of the dialog in its <see cref="DialogSet"/>.</summary>
    public string Id { get; }

    /// <summary>The instance's state as <typeparamref name="TState"/>, read from storage on first use.</summary>
    /// <exception cref="InvalidOperationException">The instance has no state.</exception>
    public TState GetState<TState>() where TState : class =>
        TryGetState<TState>() ?? throw new InvalidOperationException($"Dialog '{Id}' has no state of type {typeof(TState).Name}.");

    /// <summary>The instance's state as <typeparamref name="TState"/>, or <c>null</c> when it has none or it cannot be read.</summary>
    public TState? TryGetState<TState>() where TState : class
    {
        if (_state is TState live)
        {
            return live;
        }

        if (_storedState is { ValueKind: JsonValueKind.Object } stored)
        {
            try
            {
                var state = stored.Deserialize<TState>(StateJson.Options);
                _state = state;
                _storedState = null;
                return state;
            }
            catch (JsonException)
            {
                // State from an incompatible release: the dialog treats it as absent and recovers.
                return null;
            }
        }

        return null;
    }

    /// <summary>Replaces the instance's state.</summary>
    public void SetState<TState>(TState state) where TState : class
    {
        _state = state ?? throw new ArgumentNullException(nameof(state));
        _storedState = null;
    }

    internal void WriteState(Utf8JsonWriter writer)
    {
        if (_state is not null)
        {
            JsonSerializer.Serialize(writer, _state, _state.GetType(), StateJson.Options);
        }
        else if (_storedState is { } stored)
        {
            stored.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
