namespace IntakeBot.Storage.DirectLine;

/// <summary>
/// The last records of recently appended-to conversations, in memory, so that a poll that follows its own post is
/// answered without reading the log. A tail is only kept while it is known to end where the log ends: it starts or
/// grows only with the records of an append that overlapped no other append to that conversation, and only when they
/// continue it without a gap. Anything else (overlapping appends, a gap, an append that failed, retention) drops it.
/// </summary>
/// <remarks>
/// Bounded: at most <see cref="MaxRecordsPerConversation"/> records per conversation and <see cref="MaxCharacters"/>
/// characters of JSON in all; the conversation appended to longest ago goes first. A conversation nobody writes to
/// soon loses its tail, so idle conversations keep nothing here.
/// </remarks>
public sealed class DirectLineTails
{
    private readonly Dictionary<string, LinkedListNode<Tail>> _tails = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InFlight> _appending = new(StringComparer.Ordinal);
    private readonly LinkedList<Tail> _byAge = new();
    private readonly Lock _gate = new();
    private long _characters;

    /// <summary>Creates the cache with the given bounds.</summary>
    public DirectLineTails(int maxRecordsPerConversation = 8, long maxCharacters = 2_000_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRecordsPerConversation, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCharacters, 1);
        MaxRecordsPerConversation = maxRecordsPerConversation;
        MaxCharacters = maxCharacters;
    }

    /// <summary>How many records a conversation keeps at most (its newest).</summary>
    public int MaxRecordsPerConversation { get; }

    /// <summary>How many characters of JSON all tails hold together at most.</summary>
    public long MaxCharacters { get; }

    /// <summary>Conversations with a tail.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _tails.Count;
            }
        }
    }

    /// <summary>Characters of JSON held.</summary>
    public long Characters
    {
        get
        {
            lock (_gate)
            {
                return _characters;
            }
        }
    }

    /// <summary>The conversation was created: its log is empty.</summary>
    public void Created(string conversationId)
    {
        Begin(conversationId);
        lock (_gate)
        {
            if (!EndAppend(conversationId) && !_tails.ContainsKey(conversationId))
            {
                Add(conversationId, [], afterSequence: 0);
            }
        }
    }

    /// <summary>
    /// An append to the conversation starts. Call <see cref="Complete"/> when it has ended, whatever its outcome. While
    /// two appends to one conversation overlap, their commit order is unknown here, so neither touches the tail.
    /// </summary>
    public void Begin(string conversationId)
    {
        lock (_gate)
        {
            if (_appending.TryGetValue(conversationId, out var inFlight))
            {
                inFlight.Count++;
                inFlight.Overlapped = true;
                RemoveTail(conversationId);
            }
            else
            {
                _appending[conversationId] = new InFlight();
            }
        }
    }

    /// <summary>
    /// An append begun with <see cref="Begin"/> has ended: <paramref name="appended"/> holds the records it committed
    /// (empty when it appended nothing), or is null when its outcome is unknown (it threw, perhaps after committing).
    /// </summary>
    public void Complete(string conversationId, IReadOnlyList<DirectLineRecord>? appended)
    {
        lock (_gate)
        {
            var overlapped = EndAppend(conversationId);
            if (appended is { Count: 0 } && !overlapped)
            {
                // Nothing appended (a refused append): the tail, if any, still ends where the log ends.
                return;
            }

            if (overlapped || appended is null || !DirectLineSequences.FollowWithoutGap(appended, appended[0].Sequence - 1))
            {
                RemoveTail(conversationId);
                return;
            }

            Add(conversationId, appended, appended[0].Sequence - 1);
        }
    }

    /// <summary>Forgets every tail (retention removed logs).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _tails.Clear();
            _byAge.Clear();
            _characters = 0;
        }
    }

    /// <summary>
    /// The records after <paramref name="afterSequence"/>, up to <paramref name="maxCount"/>, when the tail holds
    /// every one of them; null when the log must be read.
    /// </summary>
    public IReadOnlyList<DirectLineRecord>? TryRead(string conversationId, long afterSequence, int maxCount)
    {
        lock (_gate)
        {
            if (!_tails.TryGetValue(conversationId, out var node))
            {
                return null;
            }

            var tail = node.Value;
            if (afterSequence < tail.First - 1 || afterSequence > tail.Last)
            {
                // Older than the tail, or a watermark beyond the log's end: the log answers (as it always did).
                return null;
            }

            var skip = (int)(afterSequence - (tail.First - 1));
            var count = Math.Min(tail.Records.Count - skip, Math.Max(maxCount, 0));
            return count <= 0 ? [] : tail.Records.GetRange(skip, count);
        }
    }

    /// <summary>Ends an append begun with <see cref="Begin"/>; true when it overlapped another.</summary>
    private bool EndAppend(string conversationId)
    {
        if (!_appending.TryGetValue(conversationId, out var inFlight))
        {
            return true;
        }

        if (--inFlight.Count == 0)
        {
            _appending.Remove(conversationId);
        }

        return inFlight.Overlapped;
    }

    private void Add(string conversationId, IReadOnlyList<DirectLineRecord> records, long afterSequence)
    {
        if (_tails.TryGetValue(conversationId, out var node))
        {
            if (node.Value.Last != afterSequence)
            {
                // A gap, or records older than the tail's end: the tail no longer matches the log.
                RemoveTail(conversationId);
                return;
            }

            _byAge.Remove(node);
        }
        else
        {
            node = new LinkedListNode<Tail>(new Tail(conversationId, afterSequence + 1));
            _tails[conversationId] = node;
        }

        _characters -= node.Value.Characters;
        node.Value.Add(records, MaxRecordsPerConversation);
        _characters += node.Value.Characters;
        _byAge.AddLast(node);
        while (_characters > MaxCharacters && _byAge.First is { } oldest)
        {
            RemoveTail(oldest.Value.ConversationId);
        }
    }

    private void RemoveTail(string conversationId)
    {
        if (_tails.Remove(conversationId, out var node))
        {
            _byAge.Remove(node);
            _characters -= node.Value.Characters;
        }
    }

    /// <summary>The appends to one conversation in progress, and whether any two of them overlapped.</summary>
    private sealed class InFlight
    {
        public int Count { get; set; } = 1;

        public bool Overlapped { get; set; }
    }

    /// <summary>One conversation's newest records, without gaps, ending where its log ends.</summary>
    private sealed class Tail(string conversationId, long first)
    {
        public string ConversationId { get; } = conversationId;

        /// <summary>The sequence of the first record held (or the next one, when none is held).</summary>
        public long First { get; private set; } = first;

        public long Last => First + Records.Count - 1;

        public List<DirectLineRecord> Records { get; } = [];

        public long Characters { get; private set; }

        public void Add(IReadOnlyList<DirectLineRecord> records, int max)
        {
            foreach (var record in records)
            {
                Records.Add(record);
                Characters += record.Json.Length;
            }

            var excess = Records.Count - max;
            if (excess > 0)
            {
                for (var i = 0; i < excess; i++)
                {
                    Characters -= Records[i].Json.Length;
                }

                Records.RemoveRange(0, excess);
                First += excess;
            }
        }
    }
}
