using System.Collections.Concurrent;
using IntakeBot.Casework;
using IntakeBot.Casework.Delivery;

namespace IntakeBot.Bot.Tests.Staff.Web;

internal sealed class FakeDeliveryLog : IDeliveryLog
{
    private readonly ConcurrentDictionary<(long, string), DeliveryState> _states = new();

    public Task<DeliveryState?> GetAsync(long eventId, string target, CancellationToken cancellationToken = default) =>
        Task.FromResult(_states.TryGetValue((eventId, target), out var state) ? state : null);

    public Task SaveAsync(DeliveryState state, CancellationToken cancellationToken = default)
    {
        _states[(state.EventId, state.Target)] = state;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DeliveryState>> ForCaseAsync(string reference, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DeliveryState>>([.. _states.Values.Where(s => s.Reference == reference).OrderBy(s => s.EventId)]);

    public Task<IReadOnlyList<DeliveryState>> FailingAsync(CaseScope scope, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DeliveryState>>([.. _states.Values.Where(s => scope.Includes(s.OrganisationId) && s.DeliveredAt is null && s.LastError is not null)]);
}
