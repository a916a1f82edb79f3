using IntakeBot.Storage.DirectLine;
using Npgsql;

namespace IntakeBot.Storage.Postgres;

/// <summary>The SQL of <see cref="PostgresDirectLineStore"/> that needs more than one statement. Callers hold a transaction.</summary>
internal static class PostgresDirectLineCommands
{
    public static async Task<DirectLineConversation?> ReadConversationAsync(NpgsqlConnection connection, string conversationId, bool forUpdate, CancellationToken cancellationToken)
    {
        var found = await PostgresCommands.ListAsync(
            connection,
            "SELECT id, user_id, created_at, last_activity_at, last_sequence, ended FROM directline_conversations WHERE id = @id" + (forUpdate ? " FOR UPDATE;" : ";"),
            row => new DirectLineConversation(
                PostgresCommands.Text(row, 0),
                PostgresCommands.Text(row, 1),
                FromTicks(row.GetInt64(2)),
                FromTicks(row.GetInt64(3)),
                row.GetInt64(4),
                row.GetInt32(5) != 0),
            cancellationToken,
            ("id", conversationId)).ConfigureAwait(false);
        return found.SingleOrDefault();
    }

    /// <summary>Appends <paramref name="entries"/>; null, with nothing written, when <paramref name="refuseIfEnded"/> and the conversation has ended.</summary>
    public static async Task<IReadOnlyList<DirectLineRecord>?> AppendAsync(
        NpgsqlConnection connection, string conversationId, IReadOnlyList<DirectLineEntry> entries, DateTimeOffset now, bool refuseIfEnded, CancellationToken cancellationToken)
    {
        // The row lock is what orders appenders from every process; it is held until the transaction ends.
        var conversation = await ReadConversationAsync(connection, conversationId, forUpdate: true, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"Direct Line conversation '{conversationId}' does not exist.");
        if (refuseIfEnded && conversation.Ended)
        {
            return null;
        }

        if (entries.Count == 0)
        {
            return [];
        }

        var appended = new List<DirectLineRecord>(entries.Count);
        foreach (var entry in entries)
        {
            var timestamp = DirectLineTimestamps.Next(conversation.LastActivityAt, now, conversation.LastSequence == 0);
            var sequence = conversation.LastSequence + 1;
            appended.Add(new DirectLineRecord(sequence, entry.Type, entry.Render(sequence, timestamp)));
            conversation = conversation with { LastSequence = sequence, LastActivityAt = timestamp };
        }

        await PostgresCommands.ExecuteAsync(
            connection,
            """
            INSERT INTO directline_activities (conversation_id, sequence, type, json)
            SELECT @conversation, sequence, type, json FROM unnest(@sequences, @types, @jsons) AS appended (sequence, type, json);
            """,
            cancellationToken,
            ("conversation", conversationId),
            ("sequences", appended.Select(record => record.Sequence).ToArray()),
            ("types", appended.Select(record => record.Type).ToArray()),
            ("jsons", appended.Select(record => record.Json).ToArray())).ConfigureAwait(false);
        await PostgresCommands.ExecuteAsync(
            connection,
            "UPDATE directline_conversations SET last_sequence = @sequence, last_activity_at = @at WHERE id = @id;",
            cancellationToken,
            ("sequence", conversation.LastSequence),
            ("at", conversation.LastActivityAt.UtcTicks),
            ("id", conversationId)).ConfigureAwait(false);
        return appended;
    }

    public static async Task<bool> SaveFileAsync(NpgsqlConnection connection, DirectLineFile file, byte[] content, CancellationToken cancellationToken)
    {
        // FOR SHARE keeps retention from deleting the conversation until the file is in.
        var exists = await PostgresCommands.ListAsync(
            connection, "SELECT 1 FROM directline_conversations WHERE id = @id FOR SHARE;", _ => true, cancellationToken, ("id", file.ConversationId)).ConfigureAwait(false);
        if (exists.Count == 0)
        {
            throw new KeyNotFoundException($"Direct Line conversation '{file.ConversationId}' does not exist.");
        }

        await PostgresCommands.ExecuteAsync(
            connection,
            """
            INSERT INTO directline_files (conversation_id, id, content_type, name, content) VALUES (@conversation, @id, @type, @name, @content)
            ON CONFLICT (conversation_id, id) DO UPDATE SET content_type = excluded.content_type, name = excluded.name, content = excluded.content;
            """,
            cancellationToken,
            ("conversation", file.ConversationId),
            ("id", file.Id),
            ("type", file.ContentType),
            ("name", file.Name),
            ("content", content)).ConfigureAwait(false);
        return true;
    }

    public static async Task<int> DeleteInactiveAsync(NpgsqlConnection connection, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var removed = await PostgresCommands.ListAsync(
            connection,
            "DELETE FROM directline_conversations WHERE last_activity_at < @cutoff RETURNING id;",
            row => row.GetString(0),
            cancellationToken,
            ("cutoff", cutoff.UtcTicks)).ConfigureAwait(false);
        if (removed.Count > 0)
        {
            // The ids are passed as stored (already escaped), so they bypass PostgresCommands' text encoding.
            await using var activities = new NpgsqlCommand("DELETE FROM directline_activities WHERE conversation_id = ANY(@ids);", connection);
            activities.Parameters.AddWithValue("ids", removed.ToArray());
            await activities.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await using var files = new NpgsqlCommand("DELETE FROM directline_files WHERE conversation_id = ANY(@ids);", connection);
            files.Parameters.AddWithValue("ids", removed.ToArray());
            await files.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return removed.Count;
    }

    private static DateTimeOffset FromTicks(long utcTicks) => new(utcTicks, TimeSpan.Zero);
}
