using System.Text.Json;
using System.Text.Json.Serialization;
using IntakeBot.Dialogs.State;

namespace IntakeBot.Dialogs.Waterfall;

/// <summary>Named values a waterfall keeps across its steps, each read back with its own type.</summary>
/// <remarks>Stored as a plain JSON object; a value is serialised when set and read with the type asked for.</remarks>
[JsonConverter(typeof(WaterfallValuesConverter))]
public sealed class WaterfallValues
{
    internal Dictionary<string, JsonElement> Items { get; } = new(StringComparer.Ordinal);

    /// <summary>The names of the stored values.</summary>
    public IEnumerable<string> Keys => Items.Keys;

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>.</summary>
    public void Set<T>(string key, T value)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        Items[key] = JsonSerializer.SerializeToElement(value, StateJson.Options);
    }

    /// <summary>Reads the value under <paramref name="key"/> as <typeparamref name="T"/>.</summary>
    public bool TryGet<T>(string key, out T? value)
    {
        if (Items.TryGetValue(key, out var element))
        {
            try
            {
                value = element.Deserialize<T>(StateJson.Options);
                return true;
            }
            catch (JsonException)
            {
                // A value stored by another release with another shape counts as absent.
            }
        }

        value = default;
        return false;
    }

    /// <summary>The value under <paramref name="key"/>, or <c>default</c>.</summary>
    public T? Get<T>(string key) => TryGet<T>(key, out var value) ? value : default;

    /// <summary>True when a value is stored under <paramref name="key"/>.</summary>
    public bool Contains(string key) => Items.ContainsKey(key);

    /// <summary>Removes the value under <paramref name="key"/>.</summary>
    public bool Remove(string key) => Items.Remove(key);
}
