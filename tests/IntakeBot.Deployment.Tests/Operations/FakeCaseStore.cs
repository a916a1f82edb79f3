using System.Collections.Concurrent;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Deployment.Tests.Operations;

/// <summary>A case store that records created cases and reports a fixed outbox, or fails when asked to.</summary>
internal sealed class FakeCaseStore(int pendingEvents = 0, bool fail = false) : ICaseStore, IDisposable
{
    public ConcurrentQueue<IntakeCase> Created { get; } = new();

    public ConcurrentQueue<int> PendingRequests { get; } = new();

    public bool Disposed { get; private set; }

    public Task CreateAsync(IntakeCase intakeCase, CancellationToken cancellationToken = default)
    {
        Created.Enqueue(intakeCase);
        return Task.CompletedTask;
    }

    public Task<IntakeCase?> GetAsync(string reference, CancellationToken cancellationToken = default) => Task.FromResult<IntakeCase?>(null);

    public Task<IReadOnlyList<IntakeCase>> FindByConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<IntakeCase>>([]);

    public Task<bool> WithdrawAsync(string reference, DateTimeOffset at, CancellationToken cancellationToken = default) => Task.FromResult(false);

    public Task<IReadOnlyList<CaseEvent>> PendingEventsAsync(int max, CancellationToken cancellationToken = default)
    {
        PendingRequests.Enqueue(max);
        if (fail)
        {
            throw new InvalidOperationException("The database is down.");
        }

        IReadOnlyList<CaseEvent> events = [.. Enumerable.Range(1, Math.Min(max, pendingEvents)).Select(id => new CaseEvent(id, "KL-7F3K-9Q", "kracht-den-haag", "created", DateTimeOffset.UnixEpoch))];
        return Task.FromResult(events);
    }

    public Task MarkDeliveredAsync(long eventId, DateTimeOffset at, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public void Dispose() => Disposed = true;
}
