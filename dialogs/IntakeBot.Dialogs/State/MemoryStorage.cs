using System.Globalization;

namespace IntakeBot.Dialogs.State;

/// <summary>
/// In-process <see cref="IStorage"/> for tests, development and single-instance hosts. State is lost when the process ends.
/// </summary>
/// <remarks>
/// One lock guards the whole map, which makes multi-key writes atomic; the lock is held only for lookups, never for
/// copying. Written bytes are copied, and a stored array is never mutated afterwards, so reads hand out read-only
/// views of it without copying. eTags come from one counter per instance, so a key that is deleted and created
/// again never gets an eTag back that a stale writer might still hold.
/// </remarks>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, StoreItem> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _lastETag;

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        StorageKeys.Validate(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var found = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var item))
                {
                    found[key] = item;
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();
        var staged = new (string Key, string? Expected, byte[] Json)[changes.Count];
        var index = 0;
        foreach (var (key, item) in changes)
        {
            StorageKeys.Validate(key, nameof(changes));
            ArgumentNullException.ThrowIfNull(item, nameof(changes));
            staged[index++] = (key, item.ETag, item.Json.ToArray());
        }

        var etags = new Dictionary<string, string>(staged.Length, StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var (key, expected, _) in staged)
            {
                ThrowIfPreconditionFails(key, expected);
            }

            foreach (var (key, _, json) in staged)
            {
                var etag = (++_lastETag).ToString(CultureInfo.InvariantCulture);
                _items[key] = new StoreItem(json, etag);
                etags[key] = etag;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(etags);
    }

    /// <inheritdoc />
    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        StorageKeys.Validate(keys);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    private void ThrowIfPreconditionFails(string key, string? expected)
    {
        var actual = _items.TryGetValue(key, out var current) ? current.ETag : null;
        var holds = expected switch
        {
            null => actual is null,
            StoreItem.AnyETag => true,
            _ => string.Equals(expected, actual, StringComparison.Ordinal),
        };
        if (!holds)
        {
            throw new ETagConflictException(key, expected, actual);
        }
    }
}
