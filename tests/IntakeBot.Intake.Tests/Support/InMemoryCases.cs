using System.Collections.Concurrent;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Intake.Tests.Support;

/// <summary>A case store in memory for conversation tests.</summary>
internal sealed class InMemoryCases : ICaseStore
{
    private readonly ConcurrentDictionary<string, IntakeCase> _cases = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly ConcurrentQueue<CaseEvent> _events = new();
    private long _eventId;

    /// <summary>The cases in the order they were created.</summary>
    public IReadOnlyCollection<IntakeCase> All => [.. _order.Select(r => _cases[r])];
    public IReadOnlyCollection<CaseEvent> Events => [.. _events];

    public Task CreateAsync(IntakeCase intakeCase, CancellationToken cancellationToken = default)
    {
        if (!_cases.TryAdd(intakeCase.Reference, intakeCase))
        {
            throw new DuplicateCaseReferenceException(intakeCase.Reference);
        }

        _order.Enqueue(intakeCase.Reference);

        _events.Enqueue(new CaseEvent(Interlocked.Increment(ref _eventId), intakeCase.Reference, intakeCase.OrganisationId, "created", intakeCase.CreatedAt));
        return Task.CompletedTask;
    }

    public Task<IntakeCase?> GetAsync(string reference, CancellationToken cancellationToken = default) =>
        Task.FromResult(CaseReference.Normalize(reference) is { } key && _cases.TryGetValue(key, out var found) ? found : null);

    public Task<IReadOnlyList<IntakeCase>> FindByConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<IntakeCase>>([.. _cases.Values.Where(c => c.ConversationId == conversationId).OrderBy(c => c.CreatedAt)]);

    public Task<bool> WithdrawAsync(string reference, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        if (CaseReference.Normalize(reference) is not { } key || !_cases.TryGetValue(key, out var found) || found.WithdrawnAt is not null)
        {
            return Task.FromResult(false);
        }

        _cases[key] = found with { Status = CaseStatus.Ingetrokken, WithdrawnAt = at };
        _events.Enqueue(new CaseEvent(Interlocked.Increment(ref _eventId), key, found.OrganisationId, "withdrawn", at));
        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<CaseEvent>> PendingEventsAsync(int max, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<CaseEvent>>([.. _events.Take(max)]);

    public Task MarkDeliveredAsync(long eventId, DateTimeOffset at, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
