using IntakeBot.Storage.DirectLine;

namespace IntakeBot.Storage.Sqlite;

/// <summary>The SQL of <see cref="SqliteDirectLineStore"/>, on a connection's kept statements. Writes run in the file writer's transaction.</summary>
internal static class SqliteDirectLineCommands
{
    public static DirectLineConversation? ReadConversation(SqliteStatements statements, string conversationId)
    {
        var command = statements.Command(

            "SELECT id, user_id, created_at, last_activity_at, last_sequence, ended FROM directline_conversations WHERE id = $id;",
            ("$id", conversationId));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new DirectLineConversation(
            reader.GetString(0),
            reader.GetString(1),
            FromTicks(reader.GetInt64(2)),
            FromTicks(reader.GetInt64(3)),
            reader.GetInt64(4),
            reader.GetInt64(5) != 0);
    }

    /// <summary>Appends <paramref name="entries"/>; null, with nothing written, when <paramref name="refuseIfEnded"/> and the conversation has ended.</summary>
    public static IReadOnlyList<DirectLineRecord>? Append(SqliteStatements statements, string conversationId, IReadOnlyList<DirectLineEntry> entries, DateTimeOffset now, bool refuseIfEnded)
    {
        var conversation = ReadConversation(statements, conversationId)
            ?? throw new KeyNotFoundException($"Direct Line conversation '{conversationId}' does not exist.");
        if (refuseIfEnded && conversation.Ended)
        {
            return null;
        }

        var appended = new List<DirectLineRecord>(entries.Count);
        foreach (var entry in entries)
        {
            var timestamp = DirectLineTimestamps.Next(conversation.LastActivityAt, now, conversation.LastSequence == 0);
            var sequence = conversation.LastSequence + 1;
            var record = new DirectLineRecord(sequence, entry.Type, entry.Render(sequence, timestamp));
            statements.Execute(

                "INSERT INTO directline_activities (conversation_id, sequence, type, json) VALUES ($conversation, $sequence, $type, $json);",
                ("$conversation", conversationId),
                ("$sequence", sequence),
                ("$type", record.Type),
                ("$json", record.Json));
            conversation = conversation with { LastSequence = sequence, LastActivityAt = timestamp };
            appended.Add(record);
        }

        statements.Execute(

            "UPDATE directline_conversations SET last_sequence = $sequence, last_activity_at = $at WHERE id = $id;",
            ("$sequence", conversation.LastSequence),
            ("$at", conversation.LastActivityAt.UtcTicks),
            ("$id", conversationId));
        return appended;
    }

    public static IReadOnlyList<DirectLineRecord> ReadRecords(SqliteStatements statements, string conversationId, long afterSequence, int maxCount)
    {
        var command = statements.Command(

            "SELECT sequence, type, json FROM directline_activities WHERE conversation_id = $conversation AND sequence > $after ORDER BY sequence LIMIT $limit;",
            ("$conversation", conversationId),
            ("$after", afterSequence),
            ("$limit", Math.Max(maxCount, 0)));
        using var reader = command.ExecuteReader();
        var records = new List<DirectLineRecord>();
        while (reader.Read())
        {
            records.Add(new DirectLineRecord(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }

        return records;
    }

    public static bool SaveFile(SqliteStatements statements, DirectLineFile file)
    {
        if (ReadConversation(statements, file.ConversationId) is null)
        {
            throw new KeyNotFoundException($"Direct Line conversation '{file.ConversationId}' does not exist.");
        }

        statements.Execute(

            "INSERT OR REPLACE INTO directline_files (conversation_id, id, content_type, name, content) VALUES ($conversation, $id, $type, $name, $content);",
            ("$conversation", file.ConversationId),
            ("$id", file.Id),
            ("$type", file.ContentType),
            ("$name", file.Name),
            ("$content", file.Content.ToArray()));
        return true;
    }

    public static DirectLineFile? ReadFile(SqliteStatements statements, string conversationId, string fileId)
    {
        var command = statements.Command(

            "SELECT content_type, name, content FROM directline_files WHERE conversation_id = $conversation AND id = $id;",
            ("$conversation", conversationId),
            ("$id", fileId));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new DirectLineFile(conversationId, fileId, reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), (byte[])reader.GetValue(2));
    }

    public static int DeleteInactive(SqliteStatements statements, DateTimeOffset cutoff)
    {
        const string Stale = "SELECT id FROM directline_conversations WHERE last_activity_at < $cutoff";
        statements.Execute($"DELETE FROM directline_activities WHERE conversation_id IN ({Stale});", ("$cutoff", cutoff.UtcTicks));
        statements.Execute($"DELETE FROM directline_files WHERE conversation_id IN ({Stale});", ("$cutoff", cutoff.UtcTicks));
        return statements.Execute("DELETE FROM directline_conversations WHERE last_activity_at < $cutoff;", ("$cutoff", cutoff.UtcTicks));
    }

    private static DateTimeOffset FromTicks(long utcTicks) => new(utcTicks, TimeSpan.Zero);
}
