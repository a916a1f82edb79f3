using IntakeBot.Casework;
using IntakeBot.Casework.Register;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Privacy.Tests.Fakes;

/// <summary>
/// A hand-written register and case store over one list (the memory stores arrive later): cases with their closing
/// time, timeline and anonymous facts that outlive deletion. Only what privacy and reports use is implemented.
/// </summary>
internal sealed class FakeCasework : ICaseRegister, ICaseStore
{
    private readonly Lock _gate = new();
    private readonly List<Stored> _cases = [];
    private readonly List<(CaseFact Fact, string Reference)> _facts = [];

    public IReadOnlyList<CaseFact> AllFacts
    {
        get
        {
            lock (_gate)
            {
                return [.. _facts.Select(f => f.Fact)];
            }
        }
    }

    public bool Contains(string reference)
    {
        lock (_gate)
        {
            return _cases.Exists(c => c.Case.Reference == reference);
        }
    }

    /// <summary>Adds a case; <paramref name="closedAt"/> closes it (afgehandeld) with the outcome and nature.</summary>
    public void Add(IntakeCase intakeCase, DateTimeOffset? closedAt = null, CaseOutcome? outcome = null, ComplaintNature? nature = null, bool anonymous = false)
    {
        var status = closedAt is null ? intakeCase.Status : CaseStatus.Afgehandeld;
        var stored = new Stored(intakeCase with { Status = status }, closedAt, outcome, nature, closedAt ?? intakeCase.CreatedAt);
        stored.Timeline.Add(new TimelineEntry(intakeCase.CreatedAt, TimelineEntryTypes.Created, null, null, null));
        var submitted = DateOnly.FromDateTime(intakeCase.CreatedAt.UtcDateTime);
        DateOnly? closedOn = closedAt is { } c ? DateOnly.FromDateTime(c.UtcDateTime) : null;
        lock (_gate)
        {
            _cases.Add(stored);
            _facts.Add((new CaseFact(intakeCase.OrganisationId, intakeCase.Kind, status, submitted, intakeCase.ChannelId, anonymous, outcome, nature, closedOn,
                closedOn is { } day ? day.DayNumber - submitted.DayNumber : null, Deleted: false), intakeCase.Reference));
        }
    }

    public Task<CaseRecord?> GetAsync(CaseScope scope, string reference, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var found = _cases.Find(c => c.Case.Reference == reference && scope.Includes(c.Case.OrganisationId));
            return Task.FromResult(found is null ? null : new CaseRecord(found.Case, CaseRecord.EarliestDeadline(found.Case.Route), "u-anna", "Anna de Vries", found.Outcome, found.Nature, found.ClosedAt, found.UpdatedAt, 1));
        }
    }

    public Task<CaseChange> AddNoteAsync(CaseScope scope, string reference, string text, StaffActor actor, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        AppendTimelineAsync(reference, new TimelineEntry(at, TimelineEntryTypes.Note, actor.Id, actor.DisplayName, text), cancellationToken);

    public Task<CaseChange> AppendTimelineAsync(string reference, TimelineEntry entry, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var found = _cases.Find(c => c.Case.Reference == reference);
            found?.Timeline.Add(entry);
            return Task.FromResult(found is null ? CaseChange.NotFound : CaseChange.Changed);
        }
    }

    public Task<IReadOnlyList<TimelineEntry>> TimelineAsync(CaseScope scope, string reference, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var found = _cases.Find(c => c.Case.Reference == reference && scope.Includes(c.Case.OrganisationId));
            return Task.FromResult<IReadOnlyList<TimelineEntry>>(found is null ? [] : [.. found.Timeline]);
        }
    }

    public Task<IReadOnlyList<CaseFact>> FactsAsync(string organisationId, int year, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<CaseFact>>([.. _facts.Select(f => f.Fact).Where(f => f.OrganisationId == organisationId && f.SubmittedOn.Year == year)]);
        }
    }

    public Task<IReadOnlyList<string>> RetentionDueAsync(string organisationId, DateTimeOffset before, int max, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<string>>([.. _cases
                .Where(c => c.Case.OrganisationId == organisationId && (c.ClosedAt ?? c.UpdatedAt) < before)
                .Select(c => c.Case.Reference)
                .Take(max)]);
        }
    }

    public Task<bool> DeleteAsync(string reference, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var index = _cases.FindIndex(c => c.Case.Reference == reference);
            if (index < 0)
            {
                return Task.FromResult(false);
            }

            _cases.RemoveAt(index);
            var fact = _facts.FindIndex(f => f.Reference == reference);
            _facts[fact] = (_facts[fact].Fact with { Deleted = true }, reference);
            return Task.FromResult(true);
        }
    }

    Task<IntakeCase?> ICaseStore.GetAsync(string reference, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_cases.Find(c => c.Case.Reference == CaseReference.Normalize(reference))?.Case);
        }
    }

    public Task<IReadOnlyList<IntakeCase>> FindByConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<IntakeCase>>([.. _cases.Where(c => c.Case.ConversationId == conversationId).Select(c => c.Case)]);
        }
    }

    public Task<CaseList> ListAsync(CaseScope scope, CaseQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<CaseChange> SetStatusAsync(CaseScope scope, string reference, StatusChange change, StaffActor actor, DateTimeOffset at, long? expectedVersion = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<CaseChange> AssignAsync(CaseScope scope, string reference, StaffActor? assignee, StaffActor actor, DateTimeOffset at, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task CreateAsync(IntakeCase intakeCase, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<bool> WithdrawAsync(string reference, DateTimeOffset at, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<CaseEvent>> PendingEventsAsync(int max, CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<CaseEvent>>([]);

    public Task MarkDeliveredAsync(long eventId, DateTimeOffset at, CancellationToken cancellationToken = default) => Task.CompletedTask;

    private sealed record Stored(IntakeCase Case, DateTimeOffset? ClosedAt, CaseOutcome? Outcome, ComplaintNature? Nature, DateTimeOffset UpdatedAt)
    {
        public List<TimelineEntry> Timeline { get; } = [];
    }
}
