namespace IntakeBot.Storage.DirectLine;

/// <summary>An <see cref="IDirectLineStore"/> in memory, for tests and single-process development. Lost on restart.</summary>
public sealed class MemoryDirectLineStore : IDirectLineStore
{
    private readonly Dictionary<string, Log> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public Task<bool> CreateConversationAsync(string conversationId, string userId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        lock (_gate)
        {
            if (_conversations.ContainsKey(conversationId))
            {
                return Task.FromResult(false);
            }

            _conversations[conversationId] = new Log(new DirectLineConversation(conversationId, userId, now, now, 0, Ended: false));
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<DirectLineConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_conversations.TryGetValue(conversationId, out var log) ? log.Conversation : null);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DirectLineRecord>> AppendAsync(string conversationId, IReadOnlyList<DirectLineEntry> entries, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Task.FromResult(Append(conversationId, entries, now, refuseIfEnded: false)!);

    /// <inheritdoc />
    public Task<IReadOnlyList<DirectLineRecord>?> AppendIfOpenAsync(string conversationId, IReadOnlyList<DirectLineEntry> entries, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Task.FromResult(Append(conversationId, entries, now, refuseIfEnded: true));

    private IReadOnlyList<DirectLineRecord>? Append(string conversationId, IReadOnlyList<DirectLineEntry> entries, DateTimeOffset now, bool refuseIfEnded)
    {
        ArgumentNullException.ThrowIfNull(entries);
        lock (_gate)
        {
            var log = Find(conversationId);
            if (refuseIfEnded && log.Conversation.Ended)
            {
                return null;
            }

            var appended = new List<DirectLineRecord>(entries.Count);
            var conversation = log.Conversation;
            foreach (var entry in entries)
            {
                var timestamp = DirectLineTimestamps.Next(conversation.LastActivityAt, now, conversation.LastSequence == 0);
                var record = new DirectLineRecord(conversation.LastSequence + 1, entry.Type, entry.Render(conversation.LastSequence + 1, timestamp));
                conversation = conversation with { LastSequence = record.Sequence, LastActivityAt = timestamp };
                appended.Add(record);
            }

            log.Records.AddRange(appended);
            log.Conversation = conversation;
            return appended;
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<DirectLineRecord>> ReadAsync(string conversationId, long afterSequence, int maxCount, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_conversations.TryGetValue(conversationId, out var log))
            {
                return Task.FromResult<IReadOnlyList<DirectLineRecord>>([]);
            }

            // Sequence n sits at index n - 1: the log has no gaps.
            var start = (int)Math.Clamp(afterSequence, 0, log.Records.Count);
            var count = Math.Min(Math.Max(maxCount, 0), log.Records.Count - start);
            return Task.FromResult<IReadOnlyList<DirectLineRecord>>(log.Records.GetRange(start, count));
        }
    }

    /// <inheritdoc />
    public Task EndConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_conversations.TryGetValue(conversationId, out var log))
            {
                log.Conversation = log.Conversation with { Ended = true };
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task SaveFileAsync(DirectLineFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        lock (_gate)
        {
            Find(file.ConversationId).Files[file.Id] = file with { Content = file.Content.ToArray() };
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<DirectLineFile?> GetFileAsync(string conversationId, string fileId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var found = _conversations.TryGetValue(conversationId, out var log) && log.Files.TryGetValue(fileId, out var file) ? file : null;
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc />
    public Task<int> DeleteInactiveAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var stale = _conversations.Values.Where(log => log.Conversation.LastActivityAt < cutoff).Select(log => log.Conversation.Id).ToList();
            stale.ForEach(id => _conversations.Remove(id));
            return Task.FromResult(stale.Count);
        }
    }

    private Log Find(string conversationId) =>
        _conversations.TryGetValue(conversationId, out var log) ? log : throw new KeyNotFoundException($"Direct Line conversation '{conversationId}' does not exist.");

    private sealed class Log(DirectLineConversation conversation)
    {
        public DirectLineConversation Conversation { get; set; } = conversation;

        public List<DirectLineRecord> Records { get; } = [];

        public Dictionary<string, DirectLineFile> Files { get; } = new(StringComparer.Ordinal);
    }
}
