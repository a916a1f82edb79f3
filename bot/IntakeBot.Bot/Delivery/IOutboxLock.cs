namespace IntakeBot.Bot.Delivery;

/// <summary>Decides which instance may run outbox passes: exactly one at a time among the instances on one database.</summary>
internal interface IOutboxLock
{
    /// <summary>True when this instance may run a pass now (it holds, or just took, the lock).</summary>
    Task<bool> TryHoldAsync(CancellationToken cancellationToken);
}
