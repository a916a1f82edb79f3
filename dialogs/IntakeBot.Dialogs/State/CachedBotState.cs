using System.Text.Json;

namespace IntakeBot.Dialogs.State;

/// <summary>One turn's view of a stored state document: what was read, and the typed values used since.</summary>
internal sealed class CachedBotState
{
    public CachedBotState(string storageKey, StoreItem? item)
    {
        StorageKey = storageKey;
        ETag = item?.ETag;
        LoadedJson = item?.Json ?? ReadOnlyMemory<byte>.Empty;
        if (item is not null && item.Json.Length > 0)
        {
            // One parse and one copy for the whole document; the property elements are views into that copy.
            using var document = JsonDocument.Parse(item.Json);
            foreach (var property in document.RootElement.Clone().EnumerateObject())
            {
                Raw[property.Name] = property.Value;
            }
        }
    }

    public string StorageKey { get; }

    /// <summary>The stored version; <c>null</c> when nothing was stored yet.</summary>
    public string? ETag { get; set; }

    public ReadOnlyMemory<byte> LoadedJson { get; set; }

    /// <summary>Properties as read, not yet turned into typed values.</summary>
    public Dictionary<string, JsonElement> Raw { get; } = new(StringComparer.Ordinal);

    /// <summary>Typed values read or set in this turn. They are serialised again at save, so changes inside them count.</summary>
    public Dictionary<string, LiveValue> Live { get; } = new(StringComparer.Ordinal);

    public sealed record LiveValue(object? Value, Type Type);
}
