using IntakeBot.Casework;
using IntakeBot.Casework.Register;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Bot.Tests.Delivery;

/// <summary>
/// The parts of <see cref="ICaseRegister"/> delivery and the letter use (get in scope, timeline), over a case store.
/// The rest is not needed by these tests and throws.
/// </summary>
internal sealed class FakeCaseRegister(ICaseStore cases) : ICaseRegister
{
    private readonly Lock _gate = new();
    private readonly List<(string Reference, TimelineEntry Entry)> _timeline = [];

    public IReadOnlyList<TimelineEntry> Timeline(string reference)
    {
        lock (_gate)
        {
            return [.. _timeline.Where(t => t.Reference == reference).Select(t => t.Entry)];
        }
    }

    public async Task<CaseRecord?> GetAsync(CaseScope scope, string reference, CancellationToken cancellationToken = default)
    {
        var found = await cases.GetAsync(reference, cancellationToken);
        return found is null || !scope.Includes(found.OrganisationId)
            ? null
            : new CaseRecord(found, CaseRecord.EarliestDeadline(found.Route), null, null, null, null, null, found.CreatedAt, 1);
    }

    public async Task<CaseChange> AppendTimelineAsync(string reference, TimelineEntry entry, CancellationToken cancellationToken = default)
    {
        if (await cases.GetAsync(reference, cancellationToken) is null)
        {
            return CaseChange.NotFound;
        }

        lock (_gate)
        {
            _timeline.Add((reference, entry));
        }

        return CaseChange.Changed;
    }

    public Task<IReadOnlyList<TimelineEntry>> TimelineAsync(CaseScope scope, string reference, CancellationToken cancellationToken = default) =>
        Task.FromResult(Timeline(reference));

    public Task<CaseList> ListAsync(CaseScope scope, CaseQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<CaseChange> SetStatusAsync(CaseScope scope, string reference, StatusChange change, StaffActor actor, DateTimeOffset at, long? expectedVersion = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<CaseChange> AssignAsync(CaseScope scope, string reference, StaffActor? assignee, StaffActor actor, DateTimeOffset at, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<CaseChange> AddNoteAsync(CaseScope scope, string reference, string text, StaffActor actor, DateTimeOffset at, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<CaseFact>> FactsAsync(string organisationId, int year, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<string>> RetentionDueAsync(string organisationId, DateTimeOffset before, int max, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<bool> DeleteAsync(string reference, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
