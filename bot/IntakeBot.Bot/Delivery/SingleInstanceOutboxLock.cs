namespace IntakeBot.Bot.Delivery;

/// <summary>SQLite and in-memory stores belong to one process, so its worker always runs.</summary>
internal sealed class SingleInstanceOutboxLock : IOutboxLock
{
    public static readonly SingleInstanceOutboxLock Instance = new();

    private SingleInstanceOutboxLock()
    {
    }

    public Task<bool> TryHoldAsync(CancellationToken cancellationToken) => Task.FromResult(true);
}
