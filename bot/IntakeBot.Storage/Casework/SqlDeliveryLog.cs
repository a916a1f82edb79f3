using System.Data.Common;
using IntakeBot.Casework;
using IntakeBot.Casework.Delivery;

namespace IntakeBot.Storage.Casework;

/// <summary><see cref="IDeliveryLog"/> on SQLite or PostgreSQL: one row per (outbox event, target), replaced on save.</summary>
public sealed class SqlDeliveryLog : IDeliveryLog
{
    private const string Columns = "event_id, reference, organisation_id, target, attempts, last_attempt_ticks, next_attempt_ticks, delivered_ticks, last_error";

    private readonly CaseworkDatabase _database;

    /// <summary>A delivery log on <paramref name="database"/>.</summary>
    public SqlDeliveryLog(CaseworkDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <inheritdoc />
    public async Task<DeliveryState?> GetAsync(long eventId, string target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var found = await _database.ReadAsync(
            (session, token) => session.ListAsync(
                $"SELECT {Columns} FROM deliveries WHERE event_id = @event AND target = @target;",
                row => Read(session, row),
                token,
                ("event", eventId),
                ("target", target)),
            cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public Task SaveAsync(DeliveryState state, CancellationToken cancellationToken = default)
    {
        DeliveryStates.Validate(state);
        return _database.WriteAsync(
            (session, token) => session.ExecuteAsync(
                $"""
                INSERT INTO deliveries ({Columns}) VALUES (@event, @reference, @organisation, @target, @attempts, @last, @next, @delivered, @error)
                ON CONFLICT (event_id, target) DO UPDATE SET reference = excluded.reference, organisation_id = excluded.organisation_id,
                    attempts = excluded.attempts, last_attempt_ticks = excluded.last_attempt_ticks, next_attempt_ticks = excluded.next_attempt_ticks,
                    delivered_ticks = excluded.delivered_ticks, last_error = excluded.last_error;
                """,
                token,
                ("event", state.EventId),
                ("reference", state.Reference),
                ("organisation", state.OrganisationId),
                ("target", state.Target),
                ("attempts", (long)state.Attempts),
                ("last", CaseworkValues.TicksOrNull(state.LastAttemptAt)),
                ("next", CaseworkValues.TicksOrNull(state.NextAttemptAt)),
                ("delivered", CaseworkValues.TicksOrNull(state.DeliveredAt)),
                ("error", state.LastError)),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DeliveryState>> ForCaseAsync(string reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return await _database.ReadAsync(
            (session, token) => session.ListAsync(
                $"SELECT {Columns} FROM deliveries WHERE reference = @reference ORDER BY event_id, target;",
                row => Read(session, row),
                token,
                ("reference", reference)),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DeliveryState>> FailingAsync(CaseScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var names = scope.OrganisationIds.Order(StringComparer.Ordinal).Select((id, i) => (Name: $"o{i}", Value: (object?)id)).ToList();
        return await _database.ReadAsync(
            (session, token) => session.ListAsync(
                $"""
                SELECT {Columns} FROM deliveries
                WHERE organisation_id IN ({string.Join(", ", names.Select(n => "@" + n.Name))}) AND delivered_ticks IS NULL AND attempts > 0
                ORDER BY event_id, target;
                """,
                row => Read(session, row),
                token,
                names),
            cancellationToken).ConfigureAwait(false);
    }

    private static DeliveryState Read(CaseworkSession session, DbDataReader row) => new(
        EventId: row.GetInt64(0),
        Reference: session.Text(row, 1),
        OrganisationId: session.Text(row, 2),
        Target: session.Text(row, 3),
        Attempts: (int)row.GetInt64(4),
        LastAttemptAt: CaseworkValues.FromTicks(CaseworkSession.Int64OrNull(row, 5)),
        NextAttemptAt: CaseworkValues.FromTicks(CaseworkSession.Int64OrNull(row, 6)),
        DeliveredAt: CaseworkValues.FromTicks(CaseworkSession.Int64OrNull(row, 7)),
        LastError: session.TextOrNull(row, 8));
}
