using System.Collections.Concurrent;
using IntakeBot.Storage.DirectLine;

namespace IntakeBot.Storage.Tests.DirectLine;

/// <summary>The whole store contract holds with the tail cache in front of a store.</summary>
public sealed class TailCachingDirectLineStoreContractTests : DirectLineStoreContractTests
{
    protected override IDirectLineStore CreateStore() => new TailCachingDirectLineStore(new MemoryDirectLineStore(), new DirectLineTails(maxRecordsPerConversation: 3));
}

/// <summary>
/// When the tail answers a read and when the log must: the tail never answers with less than the log holds after the
/// watermark, whatever order appends finish in, and drops what it cannot vouch for.
/// </summary>
public sealed class TailCachingDirectLineStoreTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private readonly CountingStore _inner = new(new MemoryDirectLineStore());

    [Fact]
    public async Task A_read_that_follows_the_appends_is_answered_without_reading_the_log()
    {
        var store = new TailCachingDirectLineStore(_inner, new DirectLineTails());
        await store.CreateConversationAsync("c1", "u1", Start);
        Assert.Empty(await store.ReadAsync("c1", 0, 100));

        await store.AppendIfOpenAsync("c1", [Entry("message")], Start);
        await store.AppendAsync("c1", [Entry("typing"), Entry("message")], Start);
        var turn = await store.ReadAsync("c1", 0, 100);
        var page = await store.ReadAsync("c1", 1, 1);
        var none = await store.ReadAsync("c1", 3, 100);

        Assert.Equal(0, _inner.Reads);
        Assert.Equal([1L, 2L, 3L], turn.Select(record => record.Sequence));
        Assert.Equal("2@2026-11-22T09:00:00.001Z", Assert.Single(page).Json);
        Assert.Empty(none);
    }

    [Fact]
    public async Task A_watermark_older_than_the_tail_or_beyond_the_log_reads_the_log()
    {
        var store = new TailCachingDirectLineStore(_inner, new DirectLineTails(maxRecordsPerConversation: 2));
        await store.CreateConversationAsync("c1", "u1", Start);
        await store.AppendAsync("c1", [Entry("message"), Entry("message"), Entry("message"), Entry("message")], Start);

        Assert.Equal([3L, 4L], (await store.ReadAsync("c1", 2, 100)).Select(record => record.Sequence));
        Assert.Equal(0, _inner.Reads);
        Assert.Equal([2L, 3L, 4L], (await store.ReadAsync("c1", 1, 100)).Select(record => record.Sequence));
        Assert.Empty(await store.ReadAsync("c1", 9, 100));
        Assert.Equal(2, _inner.Reads);
    }

    [Fact]
    public async Task A_conversation_the_cache_has_not_seen_appended_to_reads_the_log()
    {
        await _inner.CreateConversationAsync("c1", "u1", Start);
        await _inner.AppendAsync("c1", [Entry("message")], Start);
        var store = new TailCachingDirectLineStore(_inner, new DirectLineTails());

        Assert.Single(await store.ReadAsync("c1", 0, 100));
        Assert.Equal(1, _inner.Reads);

        // Its next append starts a tail at that append: reads after it come from memory, older ones from the log.
        await store.AppendAsync("c1", [Entry("message")], Start);
        Assert.Single(await store.ReadAsync("c1", 1, 100));
        Assert.Equal(1, _inner.Reads);
        Assert.Equal(2, (await store.ReadAsync("c1", 0, 100)).Count);
        Assert.Equal(2, _inner.Reads);
    }

    [Fact]
    public void Appends_to_one_conversation_that_overlap_leave_no_tail_until_one_runs_alone()
    {
        var tails = new DirectLineTails();
        tails.Created("c1");
        tails.Begin("c1");
        tails.Begin("c1");
        Assert.Null(tails.TryRead("c1", 0, 100));

        // Committed as 2 then 1, or 1 then 2: neither order is known here.
        tails.Complete("c1", [Record(2)]);
        tails.Complete("c1", [Record(1)]);
        Assert.Null(tails.TryRead("c1", 0, 100));
        Assert.Null(tails.TryRead("c1", 1, 100));

        tails.Begin("c1");
        tails.Complete("c1", [Record(3)]);
        Assert.Equal([3L], tails.TryRead("c1", 2, 100)!.Select(record => record.Sequence));
        Assert.Null(tails.TryRead("c1", 1, 100));
    }

    [Fact]
    public void Records_that_leave_a_gap_or_arrive_after_later_ones_drop_the_tail()
    {
        var tails = new DirectLineTails();
        tails.Created("c1");
        Append(tails, "c1", [Record(1)]);
        Append(tails, "c1", [Record(3)]);
        Assert.Null(tails.TryRead("c1", 0, 100));

        Append(tails, "c2", [Record(6)]);
        Append(tails, "c2", [Record(5)]);
        Assert.Null(tails.TryRead("c2", 5, 100));

        Append(tails, "c3", [Record(1), Record(3)]);
        Assert.Null(tails.TryRead("c3", 0, 100));
        Assert.Equal(0, tails.Count);
        Assert.Equal(0, tails.Characters);
    }

    [Fact]
    public async Task An_append_that_fails_after_it_committed_drops_the_tail_so_the_read_finds_the_record()
    {
        var store = new TailCachingDirectLineStore(_inner, new DirectLineTails());
        await store.CreateConversationAsync("c1", "u1", Start);
        await store.AppendAsync("c1", [Entry("message")], Start);

        _inner.FailAfterCommit = true;
        await Assert.ThrowsAsync<TimeoutException>(() => store.AppendAsync("c1", [Entry("message")], Start));
        await Assert.ThrowsAsync<TimeoutException>(() => store.AppendIfOpenAsync("c1", [Entry("message")], Start));

        Assert.Equal([2L, 3L], (await store.ReadAsync("c1", 1, 100)).Select(record => record.Sequence));
        Assert.Equal(1, _inner.Reads);
    }

    [Fact]
    public async Task An_ended_conversation_keeps_its_tail_and_refused_appends_change_nothing()
    {
        var store = new TailCachingDirectLineStore(_inner, new DirectLineTails());
        await store.CreateConversationAsync("c1", "u1", Start);
        await store.AppendAsync("c1", [Entry("message")], Start);
        await store.EndConversationAsync("c1");

        Assert.Null(await store.AppendIfOpenAsync("c1", [Entry("message")], Start));
        Assert.Single(await store.ReadAsync("c1", 0, 100));
        Assert.Equal(0, _inner.Reads);
    }

    [Fact]
    public async Task The_conversation_appended_to_longest_ago_goes_first_when_the_characters_run_out()
    {
        // Each record's JSON is 26 characters ("1@2026-11-22T09:00:00.000Z"): room for three.
        var tails = new DirectLineTails(maxRecordsPerConversation: 8, maxCharacters: 80);
        var store = new TailCachingDirectLineStore(_inner, tails);
        foreach (var id in new[] { "a", "b", "c", "d" })
        {
            await store.CreateConversationAsync(id, "u1", Start);
            await store.AppendAsync(id, [Entry("message")], Start);
        }

        Assert.Equal(3, tails.Count);
        Assert.Equal(78, tails.Characters);
        Assert.Null(tails.TryRead("a", 0, 100));
        Assert.NotNull(tails.TryRead("d", 0, 100));
        Assert.Single(await store.ReadAsync("a", 0, 100));
        Assert.Equal(1, _inner.Reads);
    }

    [Fact]
    public async Task Retention_drops_every_tail()
    {
        var tails = new DirectLineTails();
        var store = new TailCachingDirectLineStore(_inner, tails);
        await store.CreateConversationAsync("c1", "u1", Start);
        await store.AppendAsync("c1", [Entry("message")], Start);

        Assert.Equal(1, await store.DeleteInactiveAsync(Start.AddDays(1)));

        Assert.Equal(0, tails.Count);
        Assert.Empty(await store.ReadAsync("c1", 0, 100));
        Assert.Null(await store.GetConversationAsync("c1"));
    }

    [Fact]
    public async Task Concurrent_appends_and_reads_never_see_less_than_the_log_and_end_equal_to_it()
    {
        var store = new TailCachingDirectLineStore(_inner, new DirectLineTails(maxRecordsPerConversation: 4));
        string[] conversations = ["c1", "c2", "c3"];
        foreach (var id in conversations)
        {
            await store.CreateConversationAsync(id, "u1", Start);
        }

        // The highest sequence each conversation's finished appends returned: a read that starts after an append
        // returned must see that append's records, as a poll after its own post must.
        var finished = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var seen = new ConcurrentBag<(long After, long[] Sequences, long FinishedBefore)>();
        var workers = Enumerable.Range(0, 8).Select(worker => Task.Run(async () =>
        {
            var random = new Random(worker);
            for (var i = 0; i < 300; i++)
            {
                var id = conversations[random.Next(conversations.Length)];
                if (random.Next(2) == 0)
                {
                    var appended = await store.AppendAsync(id, [.. Enumerable.Repeat(0, random.Next(1, 4)).Select(_ => Entry("message"))], Start);
                    finished.AddOrUpdate(id, appended[^1].Sequence, (_, known) => Math.Max(known, appended[^1].Sequence));
                }
                else
                {
                    var finishedBefore = finished.GetValueOrDefault(id);
                    var after = random.Next(0, (int)finishedBefore + 2);
                    var read = await store.ReadAsync(id, after, 100);
                    seen.Add((after, [.. read.Select(record => record.Sequence)], finishedBefore));
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);

        foreach (var (after, sequences, finishedBefore) in seen)
        {
            Assert.Equal(Enumerable.Range(0, sequences.Length).Select(i => after + 1 + i), sequences);
            Assert.True(after + sequences.Length >= Math.Min(finishedBefore, after + 100), $"after {after}: {sequences.Length} records, appends up to {finishedBefore} had returned");
        }

        foreach (var id in conversations)
        {
            var last = (await _inner.GetConversationAsync(id))!.LastSequence;
            for (var after = 0; after <= last; after++)
            {
                var cached = await store.ReadAsync(id, after, 100);
                var logged = await _inner.ReadAsync(id, after, 100);
                Assert.Equal(logged, cached);
            }
        }
    }

    private static DirectLineEntry Entry(string type) => new(type, (sequence, timestamp) => $"{sequence}@{timestamp:yyyy-MM-ddTHH:mm:ss.fffZ}");

    /// <summary>An append that overlapped no other.</summary>
    private static void Append(DirectLineTails tails, string conversationId, IReadOnlyList<DirectLineRecord> records)
    {
        tails.Begin(conversationId);
        tails.Complete(conversationId, records);
    }

    private static DirectLineRecord Record(long sequence) => new(sequence, "message", $"r{sequence}");

    /// <summary>Counts log reads; can fail an append after it committed, as a timeout after the commit would.</summary>
    private sealed class CountingStore(IDirectLineStore inner) : IDirectLineStore
    {
        private int _reads;

        public int Reads => _reads;

        public bool FailAfterCommit { get; set; }

        public Task<bool> CreateConversationAsync(string conversationId, string userId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
            inner.CreateConversationAsync(conversationId, userId, now, cancellationToken);

        public Task<DirectLineConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
            inner.GetConversationAsync(conversationId, cancellationToken);

        public async Task<IReadOnlyList<DirectLineRecord>> AppendAsync(string conversationId, IReadOnlyList<DirectLineEntry> entries, DateTimeOffset now, CancellationToken cancellationToken = default)
        {
            var records = await inner.AppendAsync(conversationId, entries, now, cancellationToken);
            return FailAfterCommit ? throw new TimeoutException("after the commit") : records;
        }

        public async Task<IReadOnlyList<DirectLineRecord>?> AppendIfOpenAsync(string conversationId, IReadOnlyList<DirectLineEntry> entries, DateTimeOffset now, CancellationToken cancellationToken = default)
        {
            var records = await inner.AppendIfOpenAsync(conversationId, entries, now, cancellationToken);
            return FailAfterCommit ? throw new TimeoutException("after the commit") : records;
        }

        public Task<IReadOnlyList<DirectLineRecord>> ReadAsync(string conversationId, long afterSequence, int maxCount, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _reads);
            return inner.ReadAsync(conversationId, afterSequence, maxCount, cancellationToken);
        }

        public Task EndConversationAsync(string conversationId, CancellationToken cancellationToken = default) => inner.EndConversationAsync(conversationId, cancellationToken);

        public Task SaveFileAsync(DirectLineFile file, CancellationToken cancellationToken = default) => inner.SaveFileAsync(file, cancellationToken);

        public Task<DirectLineFile?> GetFileAsync(string conversationId, string fileId, CancellationToken cancellationToken = default) =>
            inner.GetFileAsync(conversationId, fileId, cancellationToken);

        public Task<int> DeleteInactiveAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) => inner.DeleteInactiveAsync(cutoff, cancellationToken);
    }
}
