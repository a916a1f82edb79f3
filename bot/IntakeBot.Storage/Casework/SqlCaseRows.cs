using System.Data.Common;
using System.Text.Json;
using IntakeBot.Casework.Register;
using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;
using IntakeBot.Storage.Sqlite;

namespace IntakeBot.Storage.Casework;

/// <summary>
/// Reads a case with its handling data (the intake's <c>cases</c> row joined with <c>case_handling</c>) and writes the
/// handling row, the case's status and its anonymous fact. Fields are stored protected; values are parameters.
/// </summary>
internal sealed class SqlCaseRows(IPersonalDataProtector protector)
{
    /// <summary>The intake's columns, in the order <see cref="ReadCase"/> reads them.</summary>
    public const string CaseColumns =
        "c.reference, c.organisation_id, c.kind, c.status, c.created_at, c.channel_id, c.conversation_id, c.language, c.route, c.fields, c.withdrawn_at";

    /// <summary>The intake's and the handling columns, in the order <see cref="ReadRecord"/> reads them.</summary>
    public const string RecordColumns =
        CaseColumns + ", h.due_on, h.assigned_to_id, h.assigned_to_name, h.outcome, h.nature, h.closed_ticks, h.updated_ticks, h.version";

    public const string RecordFrom = "FROM cases c JOIN case_handling h ON h.reference = c.reference";

    public IPersonalDataProtector Protector => protector;

    /// <summary>The case and its handling data, or null when unknown (or not yet taken in).</summary>
    public async Task<CaseRecord?> GetAsync(CaseworkSession session, string reference, bool forUpdate, CancellationToken cancellationToken)
    {
        var found = await session.ListAsync(
            $"SELECT {RecordColumns} {RecordFrom} WHERE c.reference = @reference{(forUpdate ? session.Dialect.ForUpdate : string.Empty)};",
            row => ReadRecord(session, row),
            cancellationToken,
            ("reference", reference)).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public IntakeCase ReadCase(CaseworkSession session, DbDataReader row) => new(
        Reference: session.Text(row, 0),
        OrganisationId: session.Text(row, 1),
        Kind: SqliteValues.Parse<Kind>(session.Text(row, 2)),
        Status: SqliteValues.Parse<CaseStatus>(session.Text(row, 3)),
        CreatedAt: SqliteValues.ParseInstant(session.Text(row, 4)),
        ChannelId: session.Text(row, 5),
        ConversationId: session.Text(row, 6),
        Language: session.Text(row, 7),
        Route: JsonSerializer.Deserialize<List<CaseRouteStep>>(session.Text(row, 8), SqliteValues.Json) ?? [],
        Fields: JsonSerializer.Deserialize<Dictionary<string, string>>(protector.Unprotect(session.Text(row, 9)), SqliteValues.Json) ?? [],
        WithdrawnAt: session.TextOrNull(row, 10) is { } withdrawn ? SqliteValues.ParseInstant(withdrawn) : null);

    public CaseRecord ReadRecord(CaseworkSession session, DbDataReader row) => new(
        Case: ReadCase(session, row),
        DueOn: session.TextOrNull(row, 11) is { } due ? CaseworkValues.ParseDay(due) : null,
        AssignedToId: session.TextOrNull(row, 12),
        AssignedToName: session.TextOrNull(row, 13),
        Outcome: session.TextOrNull(row, 14) is { } outcome ? SqliteValues.Parse<CaseOutcome>(outcome) : null,
        Nature: session.TextOrNull(row, 15) is { } nature ? SqliteValues.Parse<ComplaintNature>(nature) : null,
        ClosedAt: CaseworkValues.FromTicks(CaseworkSession.Int64OrNull(row, 16)),
        UpdatedAt: CaseworkValues.FromTicks(row.GetInt64(17)),
        Version: row.GetInt64(18));

    /// <summary>Writes a changed record: the intake's status column, the handling row and the fact.</summary>
    public async Task SaveAsync(CaseworkSession session, CaseRecord record, CancellationToken cancellationToken)
    {
        await session.ExecuteAsync(
            "UPDATE cases SET status = @status WHERE reference = @reference;",
            cancellationToken,
            ("status", SqliteValues.Name(record.Case.Status)),
            ("reference", record.Case.Reference)).ConfigureAwait(false);
        await session.ExecuteAsync(
            """
            UPDATE case_handling SET assigned_to_id = @assignedId, assigned_to_name = @assignedName, outcome = @outcome, nature = @nature,
                closed_ticks = @closed, withdrawn_ticks = @withdrawn, updated_ticks = @updated, version = @version
            WHERE reference = @reference;
            """,
            cancellationToken,
            ("assignedId", record.AssignedToId),
            ("assignedName", record.AssignedToName),
            ("outcome", record.Outcome is { } outcome ? SqliteValues.Name(outcome) : null),
            ("nature", record.Nature is { } nature ? SqliteValues.Name(nature) : null),
            ("closed", CaseworkValues.TicksOrNull(record.ClosedAt)),
            ("withdrawn", CaseworkValues.TicksOrNull(record.Case.WithdrawnAt)),
            ("updated", record.UpdatedAt.UtcTicks),
            ("version", record.Version),
            ("reference", record.Case.Reference)).ConfigureAwait(false);
        await UpdateFactAsync(session, record, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Appends a timeline entry; its detail is stored protected when <paramref name="protect"/>.</summary>
    public Task AppendTimelineAsync(CaseworkSession session, string reference, TimelineEntry entry, bool protect, CancellationToken cancellationToken) =>
        session.ExecuteAsync(
            """
            INSERT INTO case_timeline (reference, at_ticks, type, actor_id, actor_name, detail, detail_protected)
            VALUES (@reference, @at, @type, @actorId, @actorName, @detail, @protected);
            """,
            cancellationToken,
            ("reference", reference),
            ("at", entry.At.UtcTicks),
            ("type", entry.Type),
            ("actorId", entry.ActorId),
            ("actorName", entry.ActorName),
            ("detail", entry.Detail is { } detail && protect ? protector.Protect(detail) : entry.Detail),
            ("protected", CaseworkValues.Flag(protect && entry.Detail is not null)));

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(CaseworkSession session, string reference, CancellationToken cancellationToken) =>
        await session.ListAsync(
            "SELECT at_ticks, type, actor_id, actor_name, detail, detail_protected FROM case_timeline WHERE reference = @reference ORDER BY at_ticks, id;",
            row =>
            {
                var detail = session.TextOrNull(row, 4);
                return new TimelineEntry(
                    CaseworkValues.FromTicks(row.GetInt64(0)),
                    session.Text(row, 1),
                    session.TextOrNull(row, 2),
                    session.TextOrNull(row, 3),
                    detail is not null && row.GetInt64(5) == 1 ? protector.Unprotect(detail) : detail);
            },
            cancellationToken,
            ("reference", reference)).ConfigureAwait(false);

    /// <summary>Inserts the fact of a newly adopted case and links it from the handling row.</summary>
    public async Task InsertFactAsync(CaseworkSession session, CaseRecord record, CancellationToken cancellationToken)
    {
        var fact = CaseRules.FactOf(record);
        var id = await session.ScalarAsync(
            """
            INSERT INTO case_facts (organisation_id, kind, status, submitted_on, submitted_year, channel_id, anonymous, outcome, nature, closed_on, handling_days, deleted)
            VALUES (@organisation, @kind, @status, @submitted, @year, @channel, @anonymous, @outcome, @nature, @closed, @days, 0)
            RETURNING id;
            """,
            cancellationToken,
            [
                ("organisation", fact.OrganisationId),
                ("kind", SqliteValues.Name(fact.Kind)),
                ("submitted", CaseworkValues.Day(fact.SubmittedOn)),
                ("year", (long)fact.SubmittedOn.Year),
                ("channel", fact.ChannelId),
                ("anonymous", CaseworkValues.Flag(fact.Anonymous)),
                .. FactChanges(fact),
            ]).ConfigureAwait(false);
        await session.ExecuteAsync(
            "UPDATE case_handling SET fact_id = @id WHERE reference = @reference;",
            cancellationToken,
            ("id", Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture)),
            ("reference", record.Case.Reference)).ConfigureAwait(false);
    }

    private static Task UpdateFactAsync(CaseworkSession session, CaseRecord record, CancellationToken cancellationToken) =>
        session.ExecuteAsync(
            """
            UPDATE case_facts SET status = @status, outcome = @outcome, nature = @nature, closed_on = @closed, handling_days = @days
            WHERE id = (SELECT fact_id FROM case_handling WHERE reference = @reference);
            """,
            cancellationToken,
            [.. FactChanges(CaseRules.FactOf(record)), ("reference", record.Case.Reference)]);

    private static IEnumerable<(string Name, object? Value)> FactChanges(CaseFact fact) =>
    [
        ("status", SqliteValues.Name(fact.Status)),
        ("outcome", fact.Outcome is { } outcome ? SqliteValues.Name(outcome) : null),
        ("nature", fact.Nature is { } nature ? SqliteValues.Name(nature) : null),
        ("closed", CaseworkValues.DayOrNull(fact.ClosedOn)),
        ("days", fact.HandlingDays is { } days ? (long)days : null),
    ];
}
