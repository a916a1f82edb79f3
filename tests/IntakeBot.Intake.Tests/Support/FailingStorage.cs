using IntakeBot.Dialogs.State;

namespace IntakeBot.Intake.Tests.Support;

/// <summary>Memory storage whose next write can be made to fail: a host killed after the turn's work, before its state was saved.</summary>
internal sealed class FailingStorage : IStorage
{
    private readonly MemoryStorage _inner = new();

    public bool FailNextWrite { get; set; }

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        _inner.ReadAsync(keys, cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        if (FailNextWrite)
        {
            FailNextWrite = false;
            throw new IOException("The host died before the state was saved.");
        }

        return _inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) => _inner.DeleteAsync(keys, cancellationToken);
}
