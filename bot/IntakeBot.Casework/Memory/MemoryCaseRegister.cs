using IntakeBot.Casework.Register;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Casework.Memory;

/// <summary>
/// An <see cref="ICaseRegister"/> in memory over a <see cref="MemoryCaseStore"/>, for tests and the terminal chat.
/// Handling data lives beside the store; cases the intake created are taken in at the start of each call. Status
/// changes and deletions reach the store. Thread-safe; everything is lost when the process ends.
/// </summary>
public sealed class MemoryCaseRegister : ICaseRegister
{
    private readonly MemoryCaseStore _cases;
    private readonly MemoryDeliveryLog? _deliveries;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, MemoryCaseEntry> _entries = new(StringComparer.Ordinal);
    private readonly List<CaseFact> _facts = [];

    /// <summary>A register over <paramref name="cases"/>; <paramref name="deliveries"/>, when given, loses a case's states when the case is deleted.</summary>
    public MemoryCaseRegister(MemoryCaseStore cases, MemoryDeliveryLog? deliveries = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        _cases = cases;
        _deliveries = deliveries;
    }

    /// <inheritdoc />
    public Task<CaseList> ListAsync(CaseScope scope, CaseQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            Sync();
            var matching = _entries.Values
                .Select(entry => entry.Record)
                .Where(record => scope.Includes(record.Case.OrganisationId) && Matches(record, query))
                .OrderByDescending(record => record.Case.CreatedAt.UtcTicks)
                .ThenBy(record => record.Case.Reference, StringComparer.Ordinal)
                .ToList();
            IReadOnlyList<CaseRecord> page = [.. matching.Skip(Math.Max(0, query.Skip)).Take(CaseRules.PageSize(query))];
            return Task.FromResult(new CaseList(page, matching.Count));
        }
    }

    /// <inheritdoc />
    public Task<CaseRecord?> GetAsync(CaseScope scope, string reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            Sync();
            return Task.FromResult(Find(scope, reference)?.Record);
        }
    }

    /// <inheritdoc />
    public Task<CaseChange> SetStatusAsync(CaseScope scope, string reference, StatusChange change, StaffActor actor, DateTimeOffset at, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(actor);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            Sync();
            if (Find(scope, reference) is not { } entry)
            {
                return Task.FromResult(CaseChange.NotFound);
            }

            if (expectedVersion is { } expected && expected != entry.Record.Version)
            {
                return Task.FromResult(CaseChange.Conflict);
            }

            if (CaseRules.ApplyStatus(entry.Record, change, at) is not { } changed)
            {
                return Task.FromResult(CaseChange.Unchanged);
            }

            _cases.SetStatus(changed.Case.Reference, changed.Case.Status);
            Update(entry, changed);
            entry.Timeline.Add(new TimelineEntry(at, TimelineEntryTypes.Status, actor.Id, actor.DisplayName, CaseRules.StatusDetail(change.Status)));
            return Task.FromResult(CaseChange.Changed);
        }
    }

    /// <inheritdoc />
    public Task<CaseChange> AssignAsync(CaseScope scope, string reference, StaffActor? assignee, StaffActor actor, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(actor);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            Sync();
            if (Find(scope, reference) is not { } entry)
            {
                return Task.FromResult(CaseChange.NotFound);
            }

            var record = entry.Record;
            if (record.AssignedToId == assignee?.Id && record.AssignedToName == assignee?.DisplayName)
            {
                return Task.FromResult(CaseChange.Unchanged);
            }

            entry.Record = record with { AssignedToId = assignee?.Id, AssignedToName = assignee?.DisplayName, UpdatedAt = at, Version = record.Version + 1 };
            entry.Timeline.Add(new TimelineEntry(at, TimelineEntryTypes.Assigned, actor.Id, actor.DisplayName, assignee?.DisplayName));
            return Task.FromResult(CaseChange.Changed);
        }
    }

    /// <inheritdoc />
    public Task<CaseChange> AddNoteAsync(CaseScope scope, string reference, string text, StaffActor actor, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(actor);
        CaseRules.ValidateNote(text);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            Sync();
            if (Find(scope, reference) is not { } entry)
            {
                return Task.FromResult(CaseChange.NotFound);
            }

            entry.Record = entry.Record with { UpdatedAt = at, Version = entry.Record.Version + 1 };
            entry.Timeline.Add(new TimelineEntry(at, TimelineEntryTypes.Note, actor.Id, actor.DisplayName, text));
            return Task.FromResult(CaseChange.Changed);
        }
    }

    /// <inheritdoc />
    public Task<CaseChange> AppendTimelineAsync(string reference, TimelineEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrEmpty(entry.Type, nameof(entry));
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            Sync();
            if (Find(null, reference) is not { } found)
            {
                return Task.FromResult(CaseChange.NotFound);
            }

            found.Timeline.Add(entry);
            return Task.FromResult(CaseChange.Changed);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TimelineEntry>> TimelineAsync(CaseScope scope, string reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            Sync();
            IReadOnlyList<TimelineEntry> timeline = Find(scope, reference) is { } entry
                ? [.. entry.Timeline.Index().OrderBy(pair => pair.Item.At.UtcTicks).ThenBy(pair => pair.Index).Select(pair => pair.Item)]
                : [];
            return Task.FromResult(timeline);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CaseFact>> FactsAsync(string organisationId, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisationId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            Sync();
            IReadOnlyList<CaseFact> facts = [.. _facts.Where(f => f.OrganisationId == organisationId && f.SubmittedOn.Year == year).OrderBy(f => f.SubmittedOn)];
            return Task.FromResult(facts);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> RetentionDueAsync(string organisationId, DateTimeOffset before, int max, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisationId);
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            Sync();
            IReadOnlyList<string> due = [.. _entries.Values
                .Select(entry => entry.Record)
                .Where(record => record.Case.OrganisationId == organisationId && CaseRules.RetentionStart(record) < before)
                .OrderBy(record => CaseRules.RetentionStart(record).UtcTicks)
                .ThenBy(record => record.Case.Reference, StringComparer.Ordinal)
                .Take(max)
                .Select(record => record.Case.Reference)];
            return Task.FromResult(due);
        }
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string reference, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            Sync();
            if (Find(null, reference) is not { } entry)
            {
                return Task.FromResult(false);
            }

            var canonical = entry.Record.Case.Reference;
            _cases.Remove(canonical);
            _entries.Remove(canonical);
            _facts[entry.FactIndex] = _facts[entry.FactIndex] with { Deleted = true };
            _deliveries?.RemoveCase(canonical);
            return Task.FromResult(true);
        }
    }

    private static bool Matches(CaseRecord record, CaseQuery query)
    {
        var day = CaseRules.DayOf(record.Case.CreatedAt);
        return (query.Kind is null || record.Case.Kind == query.Kind)
            && (query.Status is null || record.Case.Status == query.Status)
            && (query.OrganisationId is null || record.Case.OrganisationId == query.OrganisationId)
            && (query.OverdueOn is not { } overdueOn || (record.IsOpen && record.DueOn is { } due && due < overdueOn))
            && (query.SubmittedFrom is not { } from || day >= from)
            && (query.SubmittedTo is not { } to || day <= to)
            && (query.AssignedTo is null || record.AssignedToId == query.AssignedTo);
    }

    /// <summary>The entry of a case inside the scope (any scope when null), or null.</summary>
    private MemoryCaseEntry? Find(CaseScope? scope, string? reference) =>
        CaseReference.Normalize(reference) is { } canonical
        && _entries.TryGetValue(canonical, out var entry)
        && (scope is null || scope.Includes(entry.Record.Case.OrganisationId))
            ? entry
            : null;

    private void Update(MemoryCaseEntry entry, CaseRecord changed)
    {
        entry.Record = changed;
        _facts[entry.FactIndex] = CaseRules.FactOf(changed);
    }

    /// <summary>Takes in cases the intake created or withdrew since the last call.</summary>
    private void Sync()
    {
        foreach (var stored in _cases.Snapshot())
        {
            if (!_entries.TryGetValue(stored.Reference, out var entry))
            {
                var adopted = CaseRules.Adopt(stored);
                entry = new MemoryCaseEntry(adopted, _facts.Count);
                _facts.Add(CaseRules.FactOf(adopted));
                entry.Timeline.Add(new TimelineEntry(stored.CreatedAt, TimelineEntryTypes.Created, null, null, null));
                if (stored.WithdrawnAt is { } withdrawnAt)
                {
                    entry.Timeline.Add(new TimelineEntry(withdrawnAt, TimelineEntryTypes.Withdrawn, null, null, null));
                }

                _entries.Add(stored.Reference, entry);
            }
            else if (stored.WithdrawnAt is { } withdrawnAt && entry.Record.Case.WithdrawnAt is null)
            {
                Update(entry, CaseRules.Withdrawn(entry.Record, withdrawnAt));
                entry.Timeline.Add(new TimelineEntry(withdrawnAt, TimelineEntryTypes.Withdrawn, null, null, null));
            }
        }
    }
}
