using System.Text;
using IntakeBot.Dialogs.State;

namespace IntakeBot.Storage.Tests;

/// <summary>The obvious dictionary a store must behave like, plus every eTag it has issued per key.</summary>
internal sealed class StorageModel
{
    private const string NeverIssued = "nooit-uitgegeven";
    private readonly Dictionary<string, StoreItem> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _issued = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, StoreItem> Items => _items;

    public string? ETagFor(string key, ETagChoice choice) => choice switch
    {
        ETagChoice.Create => null,
        ETagChoice.Any => StoreItem.AnyETag,
        ETagChoice.Current => _items.TryGetValue(key, out var item) ? item.ETag : NeverIssued,
        _ => _issued.TryGetValue(key, out var old) && old.FirstOrDefault(etag => etag != _items.GetValueOrDefault(key)?.ETag) is { } stale
            ? stale
            : NeverIssued,
    };

    public bool Accepts(string key, string? etag)
    {
        var actual = _items.GetValueOrDefault(key)?.ETag;
        return etag switch
        {
            null => actual is null,
            StoreItem.AnyETag => true,
            _ => etag == actual,
        };
    }

    /// <summary>Records a successful write; false when the store reused an eTag it had given this key before.</summary>
    public bool Apply(string key, ReadOnlyMemory<byte> json, string etag)
    {
        var issued = _issued.TryGetValue(key, out var list) ? list : _issued[key] = [];
        var fresh = !issued.Contains(etag);
        issued.Add(etag);
        _items[key] = new StoreItem(json, etag);
        return fresh;
    }

    public void Delete(string key) => _items.Remove(key);

    public static ReadOnlyMemory<byte> Document(int value, string key) =>
        Encoding.UTF8.GetBytes($"{{\"waarde\":{value},\"sleutel\":\"{key.Length}\",\"tekst\":\"r\u00E9gel \U0001F60A {value % 7}\"}}");
}
