using System.Text.Json;
using IntakeBot.Intake.Cases;
using IntakeBot.Storage.Postgres;
using IntakeBot.Storage.Sqlite;
using Npgsql;

namespace IntakeBot.Storage.Tests.Casework;

/// <summary>
/// Just enough of an <see cref="ICaseStore"/> on PostgreSQL to feed the register tests: it writes the intake's
/// <c>cases</c> and <c>case_events</c> rows in the formats the PostgreSQL case store uses (fields protected, text
/// through <see cref="PostgresText"/>). Test-only stand-in until the PostgreSQL case store and schema are merged.
/// </summary>
internal sealed class PostgresTestCaseStore(string connectionString, IPersonalDataProtector protector) : ICaseStore
{
    /// <summary>The intake's tables as the PostgreSQL schema creates them.</summary>
    public const string IntakeTables = """
        CREATE TABLE cases (
            reference       TEXT PRIMARY KEY NOT NULL,
            organisation_id TEXT NOT NULL,
            kind            TEXT NOT NULL,
            status          TEXT NOT NULL,
            created_at      TEXT NOT NULL,
            created_ticks   BIGINT NOT NULL,
            channel_id      TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            language        TEXT NOT NULL,
            route           TEXT NOT NULL,
            fields          TEXT NOT NULL,
            withdrawn_at    TEXT NULL,
            rowid           BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE
        );
        CREATE TABLE case_events (
            id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            reference       TEXT NOT NULL,
            organisation_id TEXT NOT NULL,
            type            TEXT NOT NULL,
            at              TEXT NOT NULL,
            delivered_at    TEXT NULL
        );
        """;

    public async Task CreateAsync(IntakeCase intakeCase, CancellationToken cancellationToken = default)
    {
        var c = IntakeCaseValidation.ForStorage(intakeCase);
        await ExecuteAsync(
            """
            INSERT INTO cases (reference, organisation_id, kind, status, created_at, created_ticks, channel_id, conversation_id, language, route, fields, withdrawn_at)
            VALUES (@reference, @organisation, @kind, @status, @created, @ticks, @channel, @conversation, @language, @route, @fields, NULL);
            INSERT INTO case_events (reference, organisation_id, type, at) VALUES (@reference, @organisation, 'created', @created);
            """,
            ("reference", c.Reference),
            ("organisation", c.OrganisationId),
            ("kind", SqliteValues.Name(c.Kind)),
            ("status", SqliteValues.Name(c.Status)),
            ("created", SqliteValues.Instant(c.CreatedAt)),
            ("ticks", c.CreatedAt.UtcTicks),
            ("channel", c.ChannelId),
            ("conversation", c.ConversationId),
            ("language", c.Language),
            ("route", JsonSerializer.Serialize(c.Route, SqliteValues.Json)),
            ("fields", protector.Protect(JsonSerializer.Serialize(c.Fields, SqliteValues.Json))));
    }

    public async Task<IntakeCase?> GetAsync(string reference, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT status FROM cases WHERE reference = @reference;", connection);
        command.Parameters.AddWithValue("reference", CaseReference.Normalize(reference) ?? string.Empty);
        // The register tests only look at whether the case exists and at its status.
        return await command.ExecuteScalarAsync(cancellationToken) is string status
            ? new IntakeCase(reference, string.Empty, default, SqliteValues.Parse<CaseStatus>(status), default, string.Empty, string.Empty, string.Empty, [], new Dictionary<string, string>())
            : null;
    }

    public Task<IReadOnlyList<IntakeCase>> FindByConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not needed by the casework tests.");

    public async Task<bool> WithdrawAsync(string reference, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        await ExecuteAsync(
            """
            UPDATE cases SET status = 'ingetrokken', withdrawn_at = @at WHERE reference = @reference AND withdrawn_at IS NULL;
            INSERT INTO case_events (reference, organisation_id, type, at) SELECT reference, organisation_id, 'withdrawn', @at FROM cases WHERE reference = @reference;
            """,
            ("at", SqliteValues.Instant(at)),
            ("reference", reference)) > 0;

    public async Task<IReadOnlyList<CaseEvent>> PendingEventsAsync(int max, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id, reference, organisation_id, type, at FROM case_events WHERE delivered_at IS NULL ORDER BY id LIMIT @max;", connection);
        command.Parameters.AddWithValue("max", max);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<CaseEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new CaseEvent(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), SqliteValues.ParseInstant(reader.GetString(4))));
        }

        return events;
    }

    public Task MarkDeliveredAsync(long eventId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not needed by the casework tests.");

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private async Task<int> ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value is string text ? PostgresText.Encode(text) : value);
        }

        return await command.ExecuteNonQueryAsync();
    }
}
