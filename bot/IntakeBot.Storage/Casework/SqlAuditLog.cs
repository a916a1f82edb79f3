using System.Globalization;
using IntakeBot.Casework;
using IntakeBot.Casework.Audit;

namespace IntakeBot.Storage.Casework;

/// <summary><see cref="IAuditLog"/> on SQLite or PostgreSQL: an append-only table; filters are parameters.</summary>
public sealed class SqlAuditLog : IAuditLog
{
    private readonly CaseworkDatabase _database;

    /// <summary>An audit log on <paramref name="database"/>.</summary>
    public SqlAuditLog(CaseworkDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <inheritdoc />
    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        AuditEntries.Validate(entry);
        return _database.WriteAsync(
            (session, token) => session.ExecuteAsync(
                """
                INSERT INTO audit_log (at_ticks, actor_id, actor_name, organisation_id, action, reference, detail)
                VALUES (@at, @actorId, @actorName, @organisation, @action, @reference, @detail);
                """,
                token,
                ("at", entry.At.UtcTicks),
                ("actorId", entry.ActorId),
                ("actorName", entry.ActorName),
                ("organisation", entry.OrganisationId),
                ("action", entry.Action),
                ("reference", entry.Reference),
                ("detail", entry.Detail)),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(CaseScope scope, AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new List<(string Name, object? Value)>();
        string Add(object value)
        {
            parameters.Add((string.Create(CultureInfo.InvariantCulture, $"p{parameters.Count}"), value));
            return "@" + parameters[^1].Name;
        }

        var conditions = new List<string> { $"organisation_id IN ({string.Join(", ", scope.OrganisationIds.Order(StringComparer.Ordinal).Select(Add))})" };
        if (query.Reference is { } reference)
        {
            conditions.Add("reference = " + Add(reference));
        }

        if (query.ActorId is { } actorId)
        {
            conditions.Add("actor_id = " + Add(actorId));
        }

        if (query.From is { } from)
        {
            conditions.Add("at_ticks >= " + Add(from.UtcTicks));
        }

        if (query.To is { } to)
        {
            conditions.Add("at_ticks <= " + Add(to.UtcTicks));
        }

        var take = Add((long)AuditEntries.PageSize(query));
        return await _database.ReadAsync(
            (session, token) => session.ListAsync(
                $"""
                SELECT at_ticks, actor_id, actor_name, organisation_id, action, reference, detail FROM audit_log
                WHERE {string.Join(" AND ", conditions)} ORDER BY at_ticks DESC, id DESC LIMIT {take};
                """,
                row => new AuditEntry(
                    CaseworkValues.FromTicks(row.GetInt64(0)),
                    session.Text(row, 1),
                    session.Text(row, 2),
                    session.Text(row, 3),
                    session.Text(row, 4),
                    session.TextOrNull(row, 5),
                    session.TextOrNull(row, 6)),
                token,
                parameters),
            cancellationToken).ConfigureAwait(false);
    }
}
