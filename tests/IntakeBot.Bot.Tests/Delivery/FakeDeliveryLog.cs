using IntakeBot.Casework;
using IntakeBot.Casework.Delivery;

namespace IntakeBot.Bot.Tests.Delivery;

/// <summary>An <see cref="IDeliveryLog"/> in a dictionary. <see cref="FailNextSave"/> simulates a crash after a send.</summary>
internal sealed class FakeDeliveryLog : IDeliveryLog
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(long, string), DeliveryState> _states = [];

    public bool FailNextSave { get; set; }

    public Task<DeliveryState?> GetAsync(long eventId, string target, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_states.GetValueOrDefault((eventId, target)));
        }
    }

    public Task SaveAsync(DeliveryState state, CancellationToken cancellationToken = default)
    {
        if (FailNextSave)
        {
            FailNextSave = false;
            throw new IOException("disk gone");
        }

        lock (_gate)
        {
            _states[(state.EventId, state.Target)] = state;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DeliveryState>> ForCaseAsync(string reference, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<DeliveryState> found = [.. _states.Values.Where(s => s.Reference == reference).OrderBy(s => s.EventId)];
            return Task.FromResult(found);
        }
    }

    public Task<IReadOnlyList<DeliveryState>> FailingAsync(CaseScope scope, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<DeliveryState> found = [.. _states.Values.Where(s => scope.Includes(s.OrganisationId) && s.DeliveredAt is null && s.Attempts > 0)];
            return Task.FromResult(found);
        }
    }
}
