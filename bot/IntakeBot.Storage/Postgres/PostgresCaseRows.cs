using System.Text.Json;
using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;
using IntakeBot.Storage.Sqlite;
using Npgsql;

namespace IntakeBot.Storage.Postgres;

/// <summary>
/// The SQL of <see cref="PostgresCaseStore"/>: one row per case (route as JSON, fields as protected JSON) and an outbox
/// of events. Values are written in <see cref="SqliteValues"/>' text formats, so both databases hold the same text.
/// </summary>
internal sealed class PostgresCaseRows(IPersonalDataProtector protector)
{
    private const string Columns =
        "reference, organisation_id, kind, status, created_at, channel_id, conversation_id, language, route, fields, withdrawn_at";

    /// <summary>Inserts the case and its "created" event. False when the reference is taken (nothing written).</summary>
    public async Task<bool> InsertAsync(NpgsqlConnection connection, IntakeCase c, CancellationToken cancellationToken)
    {
        var inserted = await PostgresCommands.ExecuteAsync(
            connection,
            $"""
            INSERT INTO cases ({Columns}, created_ticks)
            VALUES (@reference, @organisation, @kind, @status, @created, @channel, @conversation, @language, @route, @fields, @withdrawn, @ticks)
            ON CONFLICT (reference) DO NOTHING;
            """,
            cancellationToken,
            ("reference", c.Reference),
            ("organisation", c.OrganisationId),
            ("kind", SqliteValues.Name(c.Kind)),
            ("status", SqliteValues.Name(c.Status)),
            ("created", SqliteValues.Instant(c.CreatedAt)),
            ("channel", c.ChannelId),
            ("conversation", c.ConversationId),
            ("language", c.Language),
            ("route", JsonSerializer.Serialize(c.Route, SqliteValues.Json)),
            ("fields", protector.Protect(JsonSerializer.Serialize(c.Fields, SqliteValues.Json))),
            ("withdrawn", c.WithdrawnAt is { } withdrawn ? SqliteValues.Instant(withdrawn) : null),
            ("ticks", c.CreatedAt.UtcTicks)).ConfigureAwait(false);
        if (inserted != 1)
        {
            return false;
        }

        await AppendEventAsync(connection, c.Reference, CaseEventTypes.Created, c.CreatedAt, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Withdraws the case and appends its "withdrawn" event. False when unknown or already withdrawn.</summary>
    public static async Task<bool> WithdrawAsync(NpgsqlConnection connection, string reference, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var updated = await PostgresCommands.ExecuteAsync(
            connection,
            "UPDATE cases SET status = @status, withdrawn_at = @at WHERE reference = @reference AND withdrawn_at IS NULL;",
            cancellationToken,
            ("status", SqliteValues.Name(CaseStatus.Ingetrokken)),
            ("at", SqliteValues.Instant(at)),
            ("reference", reference)).ConfigureAwait(false);
        if (updated != 1)
        {
            return false;
        }

        await AppendEventAsync(connection, reference, CaseEventTypes.Withdrawn, at, cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<IntakeCase?> GetAsync(NpgsqlConnection connection, string reference, CancellationToken cancellationToken)
    {
        var found = await PostgresCommands.ListAsync(connection, $"SELECT {Columns} FROM cases WHERE reference = @reference;", Read, cancellationToken, ("reference", reference)).ConfigureAwait(false);
        return found.SingleOrDefault();
    }

    public async Task<IReadOnlyList<IntakeCase>> FindByConversationAsync(NpgsqlConnection connection, string conversationId, CancellationToken cancellationToken) =>
        await PostgresCommands.ListAsync(
            connection,
            $"SELECT {Columns} FROM cases WHERE conversation_id = @conversation ORDER BY created_ticks, rowid;",
            Read,
            cancellationToken,
            ("conversation", conversationId)).ConfigureAwait(false);

    public static async Task<IReadOnlyList<CaseEvent>> PendingEventsAsync(NpgsqlConnection connection, int max, CancellationToken cancellationToken) =>
        await PostgresCommands.ListAsync(
            connection,
            "SELECT id, reference, organisation_id, type, at FROM case_events WHERE delivered_at IS NULL ORDER BY id LIMIT @max;",
            row => new CaseEvent(row.GetInt64(0), PostgresCommands.Text(row, 1), PostgresCommands.Text(row, 2), PostgresCommands.Text(row, 3), SqliteValues.ParseInstant(row.GetString(4))),
            cancellationToken,
            ("max", max)).ConfigureAwait(false);

    public static Task<int> MarkDeliveredAsync(NpgsqlConnection connection, long eventId, DateTimeOffset at, CancellationToken cancellationToken) =>
        PostgresCommands.ExecuteAsync(
            connection,
            "UPDATE case_events SET delivered_at = @at WHERE id = @id AND delivered_at IS NULL;",
            cancellationToken,
            ("at", SqliteValues.Instant(at)),
            ("id", eventId));

    private static Task<int> AppendEventAsync(NpgsqlConnection connection, string reference, string type, DateTimeOffset at, CancellationToken cancellationToken) =>
        PostgresCommands.ExecuteAsync(
            connection,
            """
            INSERT INTO case_events (reference, organisation_id, type, at)
            SELECT reference, organisation_id, @type, @at FROM cases WHERE reference = @reference;
            """,
            cancellationToken,
            ("type", type),
            ("at", SqliteValues.Instant(at)),
            ("reference", reference));

    private IntakeCase Read(NpgsqlDataReader row) => new(
        Reference: PostgresCommands.Text(row, 0),
        OrganisationId: PostgresCommands.Text(row, 1),
        Kind: SqliteValues.Parse<Kind>(row.GetString(2)),
        Status: SqliteValues.Parse<CaseStatus>(row.GetString(3)),
        CreatedAt: SqliteValues.ParseInstant(row.GetString(4)),
        ChannelId: PostgresCommands.Text(row, 5),
        ConversationId: PostgresCommands.Text(row, 6),
        Language: PostgresCommands.Text(row, 7),
        Route: JsonSerializer.Deserialize<List<CaseRouteStep>>(PostgresCommands.Text(row, 8), SqliteValues.Json) ?? [],
        Fields: JsonSerializer.Deserialize<Dictionary<string, string>>(protector.Unprotect(PostgresCommands.Text(row, 9)), SqliteValues.Json) ?? [],
        WithdrawnAt: row.IsDBNull(10) ? null : SqliteValues.ParseInstant(row.GetString(10)));
}
