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
        var protectedEntry = (entry, _protector.Protect(entry.ActivityJson));
        return _database.WriteAsync((session, token) => InsertAsync(session, [protectedEntry], token), cancellationToken);
    }

    /// <inheritdoc />
    public Task AppendAllAsync(IReadOnlyList<TranscriptEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return Task.CompletedTask;
        }

        var protectedEntries = new List<(TranscriptEntry Entry, string Activity)>(entries.Count);
        foreach (var entry in entries)
        {
            TranscriptEntries.Validate(entry);
            protectedEntries.Add((entry, _protector.Protect(entry.ActivityJson)));
        }

        return _database.WriteAsync(
            async (session, token) =>
            {
                // Runs of one conversation take their sequence numbers with one bump of its counter row.
                for (var start = 0; start < protectedEntries.Count;)
                {
                    var end = start + 1;
                    while (end < protectedEntries.Count && protectedEntries[end].Entry.ConversationId == protectedEntries[start].Entry.ConversationId)
                    {
                        end++;
                    }

                    await InsertAsync(session, protectedEntries.GetRange(start, end - start), token).ConfigureAwait(false);
                    start = end;
                }

                return true;
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

    /// <summary>Inserts entries of one conversation; returns the last one's sequence number.</summary>
    private static async Task<long> InsertAsync(CaseworkSession session, IReadOnlyList<(TranscriptEntry Entry, string Activity)> entries, CancellationToken token)
    {
        var first = entries[0].Entry;
        var latest = entries.Max(e => e.Entry.At.UtcTicks);
        var last = Convert.ToInt64(
            await session.ScalarAsync(
                """
                INSERT INTO transcript_conversations (conversation_id, last_sequence, last_ticks) VALUES (@conversation, @count, @at)
                ON CONFLICT (conversation_id) DO UPDATE SET
                    last_sequence = transcript_conversations.last_sequence + excluded.last_sequence,
                    last_ticks = CASE WHEN excluded.last_ticks > transcript_conversations.last_ticks THEN excluded.last_ticks ELSE transcript_conversations.last_ticks END
                RETURNING last_sequence;
                """,
                token,
                ("conversation", first.ConversationId),
                ("count", (long)entries.Count),
                ("at", latest)).ConfigureAwait(false),
            System.Globalization.CultureInfo.InvariantCulture);
        var sequence = last - entries.Count;
        foreach (var (entry, activity) in entries)
        {
            sequence++;
            await session.ExecuteAsync(
                "INSERT INTO transcript_entries (conversation_id, sequence, at_ticks, direction, activity) VALUES (@conversation, @sequence, @at, @direction, @activity);",
                token,
                ("conversation", entry.ConversationId),
                ("sequence", sequence),
                ("at", entry.At.UtcTicks),
                ("direction", Direction(entry.Direction)),
                ("activity", activity)).ConfigureAwait(false);
        }

        return last;
    }

    private static string Direction(TranscriptDirection direction) => direction == TranscriptDirection.Outgoing ? "out" : "in";
}
