namespace IntakeBot.Casework.Delivery;

/// <summary>
/// The state of delivering each outbox event (<c>ICaseStore.PendingEventsAsync</c>) to each target: attempts, the
/// next try, the last error and when it succeeded. The worker marks an outbox event delivered once every target it
/// needs has succeeded. Staff see failures on the case page and the register.
/// </summary>
public interface IDeliveryLog
{
    /// <summary>The state for one event and target, or null before the first attempt.</summary>
    Task<DeliveryState?> GetAsync(long eventId, string target, CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces the state for (<see cref="DeliveryState.EventId"/>, <see cref="DeliveryState.Target"/>).</summary>
    Task SaveAsync(DeliveryState state, CancellationToken cancellationToken = default);

    /// <summary>Every delivery state of one case, oldest event first.</summary>
    Task<IReadOnlyList<DeliveryState>> ForCaseAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>Deliveries in the scope that have failed at least once and not yet succeeded.</summary>
    Task<IReadOnlyList<DeliveryState>> FailingAsync(CaseScope scope, CancellationToken cancellationToken = default);
}
