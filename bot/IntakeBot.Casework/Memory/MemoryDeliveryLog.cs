using IntakeBot.Casework.Delivery;

namespace IntakeBot.Casework.Memory;

/// <summary>An <see cref="IDeliveryLog"/> in memory, for tests and the terminal chat. Thread-safe; lost when the process ends.</summary>
public sealed class MemoryDeliveryLog : IDeliveryLog
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(long EventId, string Target), DeliveryState> _states = [];

    /// <inheritdoc />
    public Task<DeliveryState?> GetAsync(long eventId, string target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(_states.GetValueOrDefault((eventId, target)));
        }
    }

    /// <inheritdoc />
    public Task SaveAsync(DeliveryState state, CancellationToken cancellationToken = default)
    {
        DeliveryStates.Validate(state);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _states[(state.EventId, state.Target)] = state;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DeliveryState>> ForCaseAsync(string reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(Ordered(_states.Values.Where(s => s.Reference == reference)));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DeliveryState>> FailingAsync(CaseScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return Task.FromResult(Ordered(_states.Values.Where(s => scope.Includes(s.OrganisationId) && DeliveryStates.IsFailing(s))));
        }
    }

    /// <summary>Forgets every state of a deleted case.</summary>
    internal void RemoveCase(string reference)
    {
        lock (_gate)
        {
            foreach (var key in _states.Where(pair => pair.Value.Reference == reference).Select(pair => pair.Key).ToList())
            {
                _states.Remove(key);
            }
        }
    }

    private static IReadOnlyList<DeliveryState> Ordered(IEnumerable<DeliveryState> states) =>
        [.. states.OrderBy(s => s.EventId).ThenBy(s => s.Target, StringComparer.Ordinal)];
}
