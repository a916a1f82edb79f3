using IntakeBot.Dialogs.State;

namespace IntakeBot.Dialogs.Tests.State;

/// <summary>Counts the calls that reach a real store.</summary>
internal sealed class CountingStorage(IStorage inner) : IStorage
{
    public int Reads { get; private set; }

    public int Writes { get; private set; }

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        Reads++;
        return inner.ReadAsync(keys, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        Writes++;
        return inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
}
