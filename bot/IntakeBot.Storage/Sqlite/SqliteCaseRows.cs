using System.Text.Json;
using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;
using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Sqlite;

/// <summary>The SQL of the case store: one row per case (route as JSON, fields as protected JSON) and an outbox of events.</summary>
internal sealed class SqliteCaseRows(IPersonalDataProtector protector)
{
    private const string Columns =
        "reference, organisation_id, kind, status, created_at, channel_id, conversation_id, language, route, fields, withdrawn_at";

    /// <summary>Inserts the case and its "created" event. False when the reference is taken (nothing written).</summary>
    public bool Insert(SqliteConnection connection, IntakeCase c)
    {
        using var insert = connection.CreateCommand();
        insert.CommandText = $"""
            INSERT INTO cases ({Columns}, created_ticks)
            VALUES ($reference, $organisation, $kind, $status, $created, $channel, $conversation, $language, $route, $fields, $withdrawn, $ticks)
            ON CONFLICT (reference) DO NOTHING;
            """;
        insert.Parameters.AddWithValue("$reference", c.Reference);
        insert.Parameters.AddWithValue("$organisation", c.OrganisationId);
        insert.Parameters.AddWithValue("$kind", SqliteValues.Name(c.Kind));
        insert.Parameters.AddWithValue("$status", SqliteValues.Name(c.Status));
        insert.Parameters.AddWithValue("$created", SqliteValues.Instant(c.CreatedAt));
        insert.Parameters.AddWithValue("$channel", c.ChannelId);
        insert.Parameters.AddWithValue("$conversation", c.ConversationId);
        insert.Parameters.AddWithValue("$language", c.Language);
        insert.Parameters.AddWithValue("$route", JsonSerializer.Serialize(c.Route, SqliteValues.Json));
        insert.Parameters.AddWithValue("$fields", protector.Protect(JsonSerializer.Serialize(c.Fields, SqliteValues.Json)));
        insert.Parameters.AddWithValue("$withdrawn", SqliteValues.InstantOrNull(c.WithdrawnAt));
        insert.Parameters.AddWithValue("$ticks", c.CreatedAt.UtcTicks);
        if (insert.ExecuteNonQuery() != 1)
        {
            return false;
        }

        AppendEvent(connection, c.Reference, CaseEventTypes.Created, c.CreatedAt);
        return true;
    }

    /// <summary>Withdraws the case and appends its "withdrawn" event. False when unknown or already withdrawn.</summary>
    public bool Withdraw(SqliteConnection connection, string reference, DateTimeOffset at)
    {
        using var update = connection.CreateCommand();
        update.CommandText = "UPDATE cases SET status = $status, withdrawn_at = $at WHERE reference = $reference AND withdrawn_at IS NULL;";
        update.Parameters.AddWithValue("$status", SqliteValues.Name(CaseStatus.Ingetrokken));
        update.Parameters.AddWithValue("$at", SqliteValues.Instant(at));
        update.Parameters.AddWithValue("$reference", reference);
        if (update.ExecuteNonQuery() != 1)
        {
            return false;
        }

        AppendEvent(connection, reference, CaseEventTypes.Withdrawn, at);
        return true;
    }

    public IntakeCase? Get(SqliteConnection connection, string reference)
    {
        using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {Columns} FROM cases WHERE reference = $reference;";
        select.Parameters.AddWithValue("$reference", reference);
        using var reader = select.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    public IReadOnlyList<IntakeCase> FindByConversation(SqliteConnection connection, string conversationId)
    {
        using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {Columns} FROM cases WHERE conversation_id = $conversation ORDER BY created_ticks, rowid;";
        select.Parameters.AddWithValue("$conversation", conversationId);
        using var reader = select.ExecuteReader();
        var found = new List<IntakeCase>();
        while (reader.Read())
        {
            found.Add(Read(reader));
        }

        return found;
    }

    public IReadOnlyList<CaseEvent> PendingEvents(SqliteConnection connection, int max)
    {
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT id, reference, organisation_id, type, at FROM case_events WHERE delivered_at IS NULL ORDER BY id LIMIT $max;";
        select.Parameters.AddWithValue("$max", max);
        using var reader = select.ExecuteReader();
        var found = new List<CaseEvent>();
        while (reader.Read())
        {
            found.Add(new CaseEvent(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), SqliteValues.ParseInstant(reader.GetString(4))));
        }

        return found;
    }

    public void MarkDelivered(SqliteConnection connection, long eventId, DateTimeOffset at)
    {
        using var update = connection.CreateCommand();
        update.CommandText = "UPDATE case_events SET delivered_at = $at WHERE id = $id AND delivered_at IS NULL;";
        update.Parameters.AddWithValue("$at", SqliteValues.Instant(at));
        update.Parameters.AddWithValue("$id", eventId);
        update.ExecuteNonQuery();
    }

    private static void AppendEvent(SqliteConnection connection, string reference, string type, DateTimeOffset at)
    {
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO case_events (reference, organisation_id, type, at)
            SELECT reference, organisation_id, $type, $at FROM cases WHERE reference = $reference;
            """;
        insert.Parameters.AddWithValue("$type", type);
        insert.Parameters.AddWithValue("$at", SqliteValues.Instant(at));
        insert.Parameters.AddWithValue("$reference", reference);
        insert.ExecuteNonQuery();
    }

    private IntakeCase Read(SqliteDataReader row) => new(
        Reference: row.GetString(0),
        OrganisationId: row.GetString(1),
        Kind: SqliteValues.Parse<Kind>(row.GetString(2)),
        Status: SqliteValues.Parse<CaseStatus>(row.GetString(3)),
        CreatedAt: SqliteValues.ParseInstant(row.GetString(4)),
        ChannelId: row.GetString(5),
        ConversationId: row.GetString(6),
        Language: row.GetString(7),
        Route: JsonSerializer.Deserialize<List<CaseRouteStep>>(row.GetString(8), SqliteValues.Json) ?? [],
        Fields: JsonSerializer.Deserialize<Dictionary<string, string>>(protector.Unprotect(row.GetString(9)), SqliteValues.Json) ?? [],
        WithdrawnAt: row.IsDBNull(10) ? null : SqliteValues.ParseInstant(row.GetString(10)));
}
