using IntakeBot.Casework;
using IntakeBot.Casework.Register;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Storage.Casework;

/// <summary>
/// <see cref="ICaseRegister"/> on SQLite or PostgreSQL (<see cref="CaseworkDatabase"/>), over the intake's <c>cases</c>
/// table. Handling data, timeline and facts live in the casework tables; cases written by any <see cref="ICaseStore"/>
/// are taken in at the start of each call. Case fields and notes are read and written protected.
/// </summary>
public sealed class SqlCaseRegister : ICaseRegister
{
    private readonly CaseworkDatabase _database;
    private readonly SqlCaseRows _rows;
    private readonly SqlCaseAdoption _adoption;

    /// <summary>A register on <paramref name="database"/>; <paramref name="protector"/> must be the one the case store uses.</summary>
    public SqlCaseRegister(CaseworkDatabase database, IPersonalDataProtector protector)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(protector);
        _database = database;
        _rows = new SqlCaseRows(protector);
        _adoption = new SqlCaseAdoption(_rows);
    }

    /// <inheritdoc />
    public async Task<CaseList> ListAsync(CaseScope scope, CaseQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(query);
        await AdoptAsync(cancellationToken).ConfigureAwait(false);
        var filter = new SqlCaseFilter(scope, query);
        return await _database.ReadAsync(
            async (session, token) =>
            {
                var total = await session.ScalarAsync($"SELECT COUNT(*) {SqlCaseRows.RecordFrom} WHERE {filter.Sql};", token, filter.Parameters).ConfigureAwait(false);
                var page = await session.ListAsync(
                    $"SELECT {SqlCaseRows.RecordColumns} {SqlCaseRows.RecordFrom} WHERE {filter.Sql} ORDER BY c.created_ticks DESC, c.reference LIMIT @take OFFSET @skip;",
                    row => _rows.ReadRecord(session, row),
                    token,
                    [.. filter.Parameters, ("take", (long)CaseRules.PageSize(query)), ("skip", (long)Math.Max(0, query.Skip))]).ConfigureAwait(false);
                return new CaseList(page, Convert.ToInt32(total, System.Globalization.CultureInfo.InvariantCulture));
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<CaseRecord?> GetAsync(CaseScope scope, string reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (CaseReference.Normalize(reference) is not { } canonical)
        {
            return null;
        }

        await AdoptAsync(cancellationToken).ConfigureAwait(false);
        var record = await _database.ReadAsync((session, token) => _rows.GetAsync(session, canonical, forUpdate: false, token), cancellationToken).ConfigureAwait(false);
        return record is not null && scope.Includes(record.Case.OrganisationId) ? record : null;
    }

    /// <inheritdoc />
    public Task<CaseChange> SetStatusAsync(CaseScope scope, string reference, StatusChange change, StaffActor actor, DateTimeOffset at, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(actor);
        return ChangeAsync(
            scope,
            reference,
            async (session, current, token) =>
            {
                if (expectedVersion is { } expected && expected != current.Version)
                {
                    return CaseChange.Conflict;
                }

                if (CaseRules.ApplyStatus(current, change, at) is not { } changed)
                {
                    return CaseChange.Unchanged;
                }

                await _rows.SaveAsync(session, changed, token).ConfigureAwait(false);
                await _rows.AppendTimelineAsync(session, changed.Case.Reference, new TimelineEntry(at, TimelineEntryTypes.Status, actor.Id, actor.DisplayName, CaseRules.StatusDetail(change.Status)), protect: false, token).ConfigureAwait(false);
                return CaseChange.Changed;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<CaseChange> AssignAsync(CaseScope scope, string reference, StaffActor? assignee, StaffActor actor, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ChangeAsync(
            scope,
            reference,
            async (session, current, token) =>
            {
                CaseRules.ValidateAssignee(current.Case, assignee);
                if (current.AssignedToId == assignee?.Id && current.AssignedToName == assignee?.DisplayName)
                {
                    return CaseChange.Unchanged;
                }

                var changed = current with { AssignedToId = assignee?.Id, AssignedToName = assignee?.DisplayName, UpdatedAt = at, Version = current.Version + 1 };
                await _rows.SaveAsync(session, changed, token).ConfigureAwait(false);
                await _rows.AppendTimelineAsync(session, current.Case.Reference, new TimelineEntry(at, TimelineEntryTypes.Assigned, actor.Id, actor.DisplayName, assignee?.DisplayName), protect: false, token).ConfigureAwait(false);
                return CaseChange.Changed;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<CaseChange> AddNoteAsync(CaseScope scope, string reference, string text, StaffActor actor, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        CaseRules.ValidateNote(text);
        return ChangeAsync(
            scope,
            reference,
            async (session, current, token) =>
            {
                await _rows.SaveAsync(session, current with { UpdatedAt = at, Version = current.Version + 1 }, token).ConfigureAwait(false);
                await _rows.AppendTimelineAsync(session, current.Case.Reference, new TimelineEntry(at, TimelineEntryTypes.Note, actor.Id, actor.DisplayName, text), protect: true, token).ConfigureAwait(false);
                return CaseChange.Changed;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<CaseChange> AppendTimelineAsync(string reference, TimelineEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrEmpty(entry.Type, nameof(entry));
        if (CaseReference.Normalize(reference) is not { } canonical)
        {
            return CaseChange.NotFound;
        }

        await AdoptAsync(cancellationToken).ConfigureAwait(false);
        return await _database.WriteAsync(
            async (session, token) =>
            {
                if (await session.ScalarAsync("SELECT 1 FROM case_handling WHERE reference = @reference;", token, ("reference", canonical)).ConfigureAwait(false) is null)
                {
                    return CaseChange.NotFound;
                }

                // Details written by other parts (delivery targets, e-mail copies) may name a person: stored protected.
                await _rows.AppendTimelineAsync(session, canonical, entry, protect: true, token).ConfigureAwait(false);
                return CaseChange.Changed;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(CaseScope scope, string reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (CaseReference.Normalize(reference) is not { } canonical)
        {
            return [];
        }

        await AdoptAsync(cancellationToken).ConfigureAwait(false);
        return await _database.ReadAsync(
            async (session, token) =>
            {
                var organisation = await session.ScalarAsync("SELECT organisation_id FROM case_handling WHERE reference = @reference;", token, ("reference", canonical)).ConfigureAwait(false);
                return organisation is string id && scope.Includes(session.Dialect.Decode(id))
                    ? await _rows.TimelineAsync(session, canonical, token).ConfigureAwait(false)
                    : [];
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CaseFact>> FactsAsync(string organisationId, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisationId);
        await AdoptAsync(cancellationToken).ConfigureAwait(false);
        return await _database.ReadAsync(
            async (session, token) => (IReadOnlyList<CaseFact>)await session.ListAsync(
                """
                SELECT organisation_id, kind, status, submitted_on, channel_id, anonymous, outcome, nature, closed_on, handling_days, deleted
                FROM case_facts WHERE organisation_id = @organisation AND submitted_year = @year ORDER BY submitted_on, id;
                """,
                row => SqlCaseFacts.Read(session, row),
                token,
                ("organisation", organisationId),
                ("year", (long)year)).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> RetentionDueAsync(string organisationId, DateTimeOffset before, int max, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisationId);
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        await AdoptAsync(cancellationToken).ConfigureAwait(false);
        return await _database.ReadAsync(
            async (session, token) => (IReadOnlyList<string>)await session.ListAsync(
                """
                SELECT reference FROM case_handling
                WHERE organisation_id = @organisation AND COALESCE(closed_ticks, updated_ticks) < @before
                ORDER BY COALESCE(closed_ticks, updated_ticks), reference LIMIT @max;
                """,
                row => session.Text(row, 0),
                token,
                ("organisation", organisationId),
                ("before", before.UtcTicks),
                ("max", (long)max)).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string reference, CancellationToken cancellationToken = default)
    {
        if (CaseReference.Normalize(reference) is not { } canonical)
        {
            return false;
        }

        // Adopt first, so that a case deleted before staff ever listed it still leaves its anonymous fact.
        await AdoptAsync(cancellationToken).ConfigureAwait(false);
        return await _database.WriteAsync((session, token) => SqlCaseDeletion.RunAsync(session, canonical, token), cancellationToken).ConfigureAwait(false);
    }

    private async Task AdoptAsync(CancellationToken cancellationToken)
    {
        if (await _database.ReadAsync(_adoption.IsNeededAsync, cancellationToken).ConfigureAwait(false))
        {
            await _database.WriteAsync(
                async (session, token) =>
                {
                    await _adoption.RunAsync(session, token).ConfigureAwait(false);
                    return true;
                },
                cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<CaseChange> ChangeAsync(CaseScope scope, string reference, Func<CaseworkSession, CaseRecord, CancellationToken, Task<CaseChange>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (CaseReference.Normalize(reference) is not { } canonical)
        {
            return CaseChange.NotFound;
        }

        await AdoptAsync(cancellationToken).ConfigureAwait(false);
        return await _database.WriteAsync(
            async (session, token) =>
                await _rows.GetAsync(session, canonical, forUpdate: true, token).ConfigureAwait(false) is { } current && scope.Includes(current.Case.OrganisationId)
                    ? await change(session, current, token).ConfigureAwait(false)
                    : CaseChange.NotFound,
            cancellationToken).ConfigureAwait(false);
    }
}
