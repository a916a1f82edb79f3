using System.Collections.Concurrent;
using IntakeBot.Casework;
using IntakeBot.Casework.Register;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Bot.Tests.Staff.Web;

/// <summary>A small in-memory register that honours scopes, filters and versions the way ICaseRegister documents them.</summary>
internal sealed class FakeCaseRegister : ICaseRegister
{
    private readonly ConcurrentDictionary<string, CaseRecord> _cases = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<TimelineEntry>> _timelines = new(StringComparer.Ordinal);

    public void Add(IntakeCase c, DateOnly? dueOn = null)
    {
        _cases[c.Reference] = new CaseRecord(c, dueOn ?? CaseRecord.EarliestDeadline(c.Route), null, null, null, null, null, c.CreatedAt, 1);
        _timelines[c.Reference] = [new TimelineEntry(c.CreatedAt, TimelineEntryTypes.Created, null, null, null)];
    }

    public CaseRecord Get(string reference) => _cases[reference];

    public IReadOnlyList<TimelineEntry> Timeline(string reference) => _timelines[reference];

    public Task<CaseList> ListAsync(CaseScope scope, CaseQuery query, CancellationToken cancellationToken = default)
    {
        var amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, amsterdam).DateTime);
        var matching = _cases.Values
            .Where(r => scope.Includes(r.Case.OrganisationId))
            .Where(r => query.OrganisationId is null || r.Case.OrganisationId == query.OrganisationId)
            .Where(r => query.Kind is null || r.Case.Kind == query.Kind)
            .Where(r => query.Status is null || r.Case.Status == query.Status)
            .Where(r => query.OverdueOn is null || (r.IsOpen && r.DueOn is { } due && due < query.OverdueOn))
            .Where(r => query.SubmittedFrom is null || Day(r.Case.CreatedAt) >= query.SubmittedFrom)
            .Where(r => query.SubmittedTo is null || Day(r.Case.CreatedAt) <= query.SubmittedTo)
            .Where(r => query.AssignedTo is null || r.AssignedToId == query.AssignedTo)
            .OrderByDescending(r => r.Case.CreatedAt)
            .ToList();
        return Task.FromResult(new CaseList([.. matching.Skip(query.Skip).Take(query.Take)], matching.Count));
    }

    public Task<CaseRecord?> GetAsync(CaseScope scope, string reference, CancellationToken cancellationToken = default) =>
        Task.FromResult(_cases.TryGetValue(reference, out var r) && scope.Includes(r.Case.OrganisationId) ? r : null);

    public Task<CaseChange> SetStatusAsync(CaseScope scope, string reference, StatusChange change, StaffActor actor, DateTimeOffset at, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        if (!_cases.TryGetValue(reference, out var r) || !scope.Includes(r.Case.OrganisationId))
        {
            return Task.FromResult(CaseChange.NotFound);
        }

        if (expectedVersion is { } version && version != r.Version)
        {
            return Task.FromResult(CaseChange.Conflict);
        }

        var closed = change.Status is CaseStatus.Afgehandeld or CaseStatus.Ingetrokken;
        _cases[reference] = r with { Case = r.Case with { Status = change.Status }, Outcome = change.Outcome, Nature = change.Nature, ClosedAt = closed ? at : null, UpdatedAt = at, Version = r.Version + 1 };
        _timelines[reference].Add(new TimelineEntry(at, TimelineEntryTypes.Status, actor.Id, actor.DisplayName, StaffNamesOf(change.Status)));
        return Task.FromResult(CaseChange.Changed);
    }

    public Task<CaseChange> AssignAsync(CaseScope scope, string reference, StaffActor? assignee, StaffActor actor, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        if (!_cases.TryGetValue(reference, out var r) || !scope.Includes(r.Case.OrganisationId))
        {
            return Task.FromResult(CaseChange.NotFound);
        }

        _cases[reference] = r with { AssignedToId = assignee?.Id, AssignedToName = assignee?.DisplayName, Version = r.Version + 1 };
        _timelines[reference].Add(new TimelineEntry(at, TimelineEntryTypes.Assigned, actor.Id, actor.DisplayName, assignee?.DisplayName));
        return Task.FromResult(CaseChange.Changed);
    }

    public Task<CaseChange> AddNoteAsync(CaseScope scope, string reference, string text, StaffActor actor, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        if (!_cases.TryGetValue(reference, out var r) || !scope.Includes(r.Case.OrganisationId))
        {
            return Task.FromResult(CaseChange.NotFound);
        }

        _timelines[reference].Add(new TimelineEntry(at, TimelineEntryTypes.Note, actor.Id, actor.DisplayName, text));
        return Task.FromResult(CaseChange.Changed);
    }

    public Task<CaseChange> AppendTimelineAsync(string reference, TimelineEntry entry, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<TimelineEntry>> TimelineAsync(CaseScope scope, string reference, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TimelineEntry>>(_cases.TryGetValue(reference, out var r) && scope.Includes(r.Case.OrganisationId) ? [.. _timelines[reference]] : []);

    public Task<IReadOnlyList<CaseFact>> FactsAsync(string organisationId, int year, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<string>> RetentionDueAsync(string organisationId, DateTimeOffset before, int max, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<bool> DeleteAsync(string reference, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    private static string StaffNamesOf(CaseStatus status) => status switch
    {
        CaseStatus.Nieuw => "nieuw",
        CaseStatus.OntvangstBevestigd => "ontvangst-bevestigd",
        CaseStatus.InBehandeling => "in-behandeling",
        CaseStatus.Doorverwezen => "doorverwezen",
        CaseStatus.Afgehandeld => "afgehandeld",
        _ => "ingetrokken",
    };
}
