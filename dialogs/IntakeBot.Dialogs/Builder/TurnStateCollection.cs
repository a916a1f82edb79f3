namespace IntakeBot.Dialogs.Builder;

/// <summary>Objects that live for one turn, shared by the middleware, state and dialogs of that turn.</summary>
/// <remarks>Not persisted. Keys are strings; the typed overloads use the type's full name as the key.</remarks>
public sealed class TurnStateCollection
{
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);

    /// <summary>The value under <paramref name="key"/>, or <c>default</c>.</summary>
    public T? Get<T>(string key) => _values.TryGetValue(key, out var value) && value is T typed ? typed : default;

    /// <summary>The value stored under the full name of <typeparamref name="T"/>, or <c>default</c>.</summary>
    public T? Get<T>() => Get<T>(typeof(T).FullName!);

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>, replacing any earlier value.</summary>
    public void Set<T>(string key, T value) where T : notnull => _values[key] = value;

    /// <summary>Stores <paramref name="value"/> under the full name of <typeparamref name="T"/>.</summary>
    public void Set<T>(T value) where T : notnull => Set(typeof(T).FullName!, value);

    /// <summary>Removes the value under <paramref name="key"/>.</summary>
    public bool Remove(string key) => _values.Remove(key);
}
