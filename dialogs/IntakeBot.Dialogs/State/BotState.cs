using System.Buffers;
using System.Text.Json;
using IntakeBot.Dialogs.Builder;

namespace IntakeBot.Dialogs.State;

/// <summary>
/// A state document (for a conversation or a user) that a turn loads once, reads and changes through typed
/// accessors, and saves at its end with an eTag precondition.
/// </summary>
/// <remarks>
/// The stored JSON is an object with one member per property, each serialised from its accessor's declared type:
/// no CLR type names are ever stored. Saving writes only when the document changed. A save whose eTag is stale
/// throws <see cref="ETagConflictException"/>; the adapter then runs the turn again on fresh state.
/// </remarks>
public abstract class BotState
{
    private readonly IStorage _storage;
    private readonly string _cacheKey;

    /// <summary>Creates the state over <paramref name="storage"/>.</summary>
    protected BotState(IStorage storage, string cacheKey)
    {
        _storage = storage ?? throw new ArgumentNullException(nameof(storage));
        _cacheKey = cacheKey;
    }

    /// <summary>Creates a typed accessor for the property <paramref name="name"/>.</summary>
    public IStatePropertyAccessor<T> CreateProperty<T>(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new StatePropertyAccessor<T>(this, name);
    }

    /// <summary>Reads the document into the turn, once per turn unless <paramref name="force"/>.</summary>
    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && turnContext.TurnState.Get<CachedBotState>(_cacheKey) is not null)
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        var items = await _storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        turnContext.TurnState.Set(_cacheKey, new CachedBotState(key, items.TryGetValue(key, out var item) ? item : null));
    }

    /// <summary>Writes the document when it changed (or always, with <paramref name="force"/>).</summary>
    /// <exception cref="ETagConflictException">Someone else saved this state since it was loaded.</exception>
    public async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var cached = turnContext.TurnState.Get<CachedBotState>(_cacheKey);
        if (cached is null)
        {
            return;
        }

        var json = Serialize(cached);
        if (!force && json.AsSpan().SequenceEqual(cached.LoadedJson.Span))
        {
            return;
        }

        var changes = new Dictionary<string, StoreItem> { [cached.StorageKey] = new StoreItem(json, cached.ETag) };
        var etags = await _storage.WriteAsync(changes, cancellationToken).ConfigureAwait(false);
        cached.ETag = etags[cached.StorageKey];
        cached.LoadedJson = json;
    }

    /// <summary>Empties the document in this turn; the next save stores the empty document.</summary>
    public void ClearState(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var cached = turnContext.TurnState.Get<CachedBotState>(_cacheKey);
        if (cached is not null)
        {
            cached.Raw.Clear();
            cached.Live.Clear();
        }
    }

    /// <summary>Deletes the stored document and forgets it in this turn.</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Remove(_cacheKey);
        await _storage.DeleteAsync([GetStorageKey(turnContext)], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The storage key of this state for the turn's activity.</summary>
    protected abstract string GetStorageKey(ITurnContext turnContext);

    internal async Task<CachedBotState> GetCachedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await LoadAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
        return turnContext.TurnState.Get<CachedBotState>(_cacheKey)!;
    }

    private static byte[] Serialize(CachedBotState cached)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Max(256, cached.LoadedJson.Length + 64));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, element) in cached.Raw)
            {
                if (!cached.Live.ContainsKey(name))
                {
                    writer.WritePropertyName(name);
                    element.WriteTo(writer);
                }
            }

            foreach (var (name, live) in cached.Live)
            {
                writer.WritePropertyName(name);
                JsonSerializer.Serialize(writer, live.Value, live.Type, StateJson.Options);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
