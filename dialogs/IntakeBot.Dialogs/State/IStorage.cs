namespace IntakeBot.Dialogs.State;

/// <summary>
/// Durable key-value storage for bot state, with eTag optimistic concurrency.
/// </summary>
/// <remarks>
/// Values are opaque UTF-8 JSON documents; the typed view lives in the state accessors.
/// <para>Write semantics per item, decided by <see cref="StoreItem.ETag"/>:</para>
/// <list type="bullet">
/// <item><c>null</c>: create. The key must not exist yet; otherwise the write fails.</item>
/// <item><see cref="StoreItem.AnyETag"/> (<c>*</c>): unconditional overwrite (last writer wins).</item>
/// <item>any other value: the key must exist with exactly that eTag; otherwise the write fails.</item>
/// </list>
/// A write of several items is atomic: when one precondition fails, nothing is written and
/// <see cref="ETagConflictException"/> is thrown. Implementations are safe for concurrent use.
/// </remarks>
public interface IStorage
{
    /// <summary>Reads the items that exist for <paramref name="keys"/>. Missing keys are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>Writes all <paramref name="changes"/> atomically and returns the new eTag of each key.</summary>
    /// <exception cref="ETagConflictException">A precondition failed; nothing was written.</exception>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default);

    /// <summary>Deletes the items for <paramref name="keys"/>. Deleting a missing key is not an error.</summary>
    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);
}
