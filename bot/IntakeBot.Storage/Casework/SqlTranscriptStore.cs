using IntakeBot.Casework.Transcripts;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Storage.Casework;

/// <summary>
/// <see cref="ITranscriptStore"/> on SQLite or PostgreSQL. An append bumps the conversation's counter row and inserts
/// the entry in one committed transaction before it returns; the counter row's lock (PostgreSQL) or the single writer
/// (SQLite) orders concurrent appends to one conversation. Activity JSON is stored protected.
/// </summary>
public sealed class SqlTranscriptStore : ITranscriptStore
{
    private readonly CaseworkDatabase _database;
    private readonly IPersonalDataProtector _protector;

    /// <summary>A transcript store on <paramref name="database"/>.</summary>
    public SqlTranscriptStore(CaseworkDatabase database, IPersonalDataProtector protector)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(protector);
        _database = database;
        _protector = protector;
    }

    /// <inheritdoc />
    public Task<long> AppendAsync(TranscriptEntry entry, CancellationToken cancellationToken = default)
    {
        TranscriptEntries.Validate(entry);
        var activity = _protector.Protect(entry.ActivityJson);
        return _database.WriteAsync(
            async (session, token) =>
            {
                var sequence = Convert.ToInt64(
                    await session.ScalarAsync(
                        """
                        INSERT INTO transcript_conversations (conversation_id, last_sequence, last_ticks) VALUES (@conversation, 1, @at)
                        ON CONFLICT (conversation_id) DO UPDATE SET
                            last_sequence = transcript_conversations.last_sequence + 1,
                            last_ticks = CASE WHEN excluded.last_ticks > transcript_conversations.last_ticks THEN excluded.last_ticks ELSE transcript_conversations.last_ticks END
                        RETURNING last_sequence;
                        """,
                        token,
                        ("conversation", entry.ConversationId),
                        ("at", entry.At.UtcTicks)).ConfigureAwait(false),
                    System.Globalization.CultureInfo.InvariantCulture);
                await session.ExecuteAsync(
                    "INSERT INTO transcript_entries (conversation_id, sequence, at_ticks, direction, activity) VALUES (@conversation, @sequence, @at, @direction, @activity);",
                    token,
                    ("conversation", entry.ConversationId),
                    ("sequence", sequence),
                    ("at", entry.At.UtcTicks),
                    ("direction", Direction(entry.Direction)),
                    ("activity", activity)).ConfigureAwait(false);
                return sequence;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TranscriptEntry>> GetAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return await _database.ReadAsync(
            (session, token) => session.ListAsync(
                "SELECT sequence, at_ticks, direction, activity FROM transcript_entries WHERE conversation_id = @conversation ORDER BY sequence;",
                row => new TranscriptEntry(
                    conversationId,
                    row.GetInt64(0),
                    CaseworkValues.FromTicks(row.GetInt64(1)),
                    session.Text(row, 2) == "out" ? TranscriptDirection.Outgoing : TranscriptDirection.Incoming,
                    _protector.Unprotect(session.Text(row, 3))),
                token,
                ("conversation", conversationId)),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<int> DeleteAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return _database.WriteAsync(
            async (session, token) =>
            {
                var deleted = await session.ExecuteAsync("DELETE FROM transcript_entries WHERE conversation_id = @conversation;", token, ("conversation", conversationId)).ConfigureAwait(false);
                await session.ExecuteAsync("DELETE FROM transcript_conversations WHERE conversation_id = @conversation;", token, ("conversation", conversationId)).ConfigureAwait(false);
                return deleted;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> AbandonedBeforeAsync(DateTimeOffset before, int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        return await _database.ReadAsync(
            (session, token) => session.ListAsync(
                """
                SELECT t.conversation_id FROM transcript_conversations t
                WHERE t.last_ticks < @before AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.conversation_id = t.conversation_id)
                ORDER BY t.last_ticks, t.conversation_id LIMIT @max;
                """,
                row => session.Text(row, 0),
                token,
                ("before", before.UtcTicks),
                ("max", (long)max)),
            cancellationToken).ConfigureAwait(false);
    }

    private static string Direction(TranscriptDirection direction) => direction == TranscriptDirection.Outgoing ? "out" : "in";
}
