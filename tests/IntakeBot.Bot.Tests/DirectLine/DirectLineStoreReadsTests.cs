using System.Net;
using IntakeBot.Bot.Channels.DirectLine;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Storage.DirectLine;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Bot.Tests.DirectLine;

/// <summary>
/// How often a turn reads its conversation: once per post (the append itself checks, in its transaction, that the
/// conversation is still open), and not at all for a poll that finds activities; and how often a WebSocket reads the
/// log: not at all for what this process appended while the socket was open. Every read is a SQLite read
/// transaction under load, so these are the budget the load test measures; an end that lands between the endpoint's
/// look and the append is still seen.
/// </summary>
public sealed class DirectLineStoreReadsTests : IDisposable
{
    private readonly CountingStore _store = new(new MemoryDirectLineStore());
    private readonly DirectLineHost _host;
    private readonly DirectLineClient _client;

    public DirectLineStoreReadsTests()
    {
        _host = new DirectLineHost { Store = _store };
        _client = new DirectLineClient(_host.CreateClient());
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_post_reads_its_conversation_once_and_a_poll_that_finds_replies_not_at_all()
    {
        var (conversationId, token) = await _client.StartAsync();
        _store.ConversationReads = 0;

        await _client.SayAsync(conversationId, token, "hoi");
        Assert.Equal(1, _store.ConversationReads);

        var (activities, _) = await _client.PollAsync(conversationId, token);
        Assert.NotEmpty(activities);
        Assert.Equal(1, _store.ConversationReads);
    }

    [Fact]
    public async Task With_the_tail_in_memory_as_on_SQLite_a_poll_that_follows_its_own_post_does_not_read_the_log()
    {
        var counting = new CountingStore(new MemoryDirectLineStore());
        using var host = new DirectLineHost { Store = new TailCachingDirectLineStore(counting, new DirectLineTails()) };
        var client = new DirectLineClient(host.CreateClient());
        var (conversationId, token) = await client.StartAsync();
        var (_, watermark) = await client.PollAsync(conversationId, token);
        counting.LogReads = 0;

        for (var turn = 0; turn < 3; turn++)
        {
            await client.SayAsync(conversationId, token, turn == 0 ? "hoi" : "nog iets");
            var (activities, next) = await client.PollAsync(conversationId, token, watermark);
            Assert.Equal("message", activities[0].GetProperty("type").GetString());
            Assert.True(activities.Count >= 2);
            watermark = next;
        }

        Assert.Equal(0, counting.LogReads);
        var (everything, last) = await client.PollAsync(conversationId, token);
        var logged = await counting.ReadAsync(conversationId, 0, 100);
        Assert.Equal(watermark, last);
        Assert.Equal(
            logged.Where(record => record.Type != "typing").Select(record => DirectLineIds.ActivityId(conversationId, record.Sequence)),
            everything.Select(activity => activity.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_socket_that_has_caught_up_gets_the_echo_and_the_replies_without_reading_the_log()
    {
        using var caughtUp = await ConnectCaughtUpAsync();
        var (conversationId, token, socket) = caughtUp;

        await _client.SayAsync(conversationId, token, "typ");
        var received = new List<string?>();
        var watermark = "";
        while (received.Count < 3)
        {
            var (activities, next) = await socket.ReceiveSetAsync();
            received.AddRange(activities.Select(activity => activity.GetProperty("type").GetString()));
            watermark = next;
        }

        Assert.Equal(["message", "typing", "message"], received);
        Assert.Equal("4", watermark);
        Assert.Equal(0, _store.LogReads);
    }

    [Fact]
    public async Task A_change_announced_without_its_records_makes_the_socket_read_the_log()
    {
        using var caughtUp = await ConnectCaughtUpAsync();
        var (conversationId, _, socket) = caughtUp;

        // As another instance appends: the log grows, and this process hears only that it changed.
        await _store.AppendAsync(conversationId, [new DirectLineEntry("message", (sequence, _) => $$"""{"type":"message","id":"{{DirectLineIds.ActivityId(conversationId, sequence)}}","text":"van elders"}""")], DateTimeOffset.UtcNow);
        _host.Services.GetRequiredService<DirectLineNotifier>().Changed(conversationId);

        var (activities, watermark) = await socket.ReceiveSetAsync();
        Assert.Equal("van elders", Assert.Single(activities).GetProperty("text").GetString());
        Assert.Equal("2", watermark);
        Assert.True(_store.LogReads >= 1);
    }

    [Fact]
    public async Task A_poll_that_finds_nothing_still_tells_a_missing_conversation_from_an_empty_one()
    {
        var (conversationId, token) = await _client.StartAsync();
        var (_, watermark) = await _client.PollAsync(conversationId, token);

        using var empty = await _client.GetAsync($"/v3/directline/conversations/{conversationId}/activities?watermark={watermark}", token);
        using var badWatermark = await _client.GetAsync($"/v3/directline/conversations/{conversationId}/activities?watermark=abc", token);
        using var missing = await _client.GetAsync("/v3/directline/conversations/missing-conversation/activities", DirectLineHost.Secret);
        using var missingBadWatermark = await _client.GetAsync("/v3/directline/conversations/missing-conversation/activities?watermark=abc", DirectLineHost.Secret);

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badWatermark.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missingBadWatermark.StatusCode);
    }

    [Fact]
    public async Task An_end_committed_after_the_endpoint_looked_is_seen_by_the_append()
    {
        var (conversationId, token) = await _client.StartAsync();
        // Another request or instance ends the conversation, but the endpoint's read still shows it open.
        _store.StaleOpen = true;
        await _store.EndConversationAsync(conversationId);
        var before = (await _store.ReadAsync(conversationId, 0, 100)).Count;

        using var post = await _client.PostAsync($"/v3/directline/conversations/{conversationId}/activities", token, """{"type":"message","text":"nog iets"}""");

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal("ConversationEnded", await DirectLineClient.ErrorCodeAsync(post));
        Assert.Empty(_host.Bot.ReceivedOfType(ActivityTypes.Message));
        Assert.Equal(before, (await _store.ReadAsync(conversationId, 0, 100)).Count);
    }

    /// <summary>A new conversation with a socket that has received its backlog and is subscribed; the log reads are then reset.</summary>
    private async Task<CaughtUp> ConnectCaughtUpAsync()
    {
        var notifier = _host.Services.GetRequiredService<DirectLineNotifier>();
        var (conversationId, token, streamUrl) = await _client.StartWithStreamAsync();
        var socket = await DirectLineSocket.ConnectAsync(_host, streamUrl);
        await socket.ReceiveSetAsync();
        await DirectLineSocket.WaitUntilAsync(() => notifier.Waiting == 1);
        _store.LogReads = 0;
        return new CaughtUp(conversationId, token, socket);
    }

    private sealed record CaughtUp(string ConversationId, string Token, DirectLineSocket Socket) : IDisposable
    {
        public void Dispose() => Socket.Dispose();
    }

    /// <summary>Counts conversation look-ups; can show an ended conversation as open, as a read just before the end would.</summary>
    private sealed class CountingStore(IDirectLineStore inner) : IDirectLineStore
    {
        public int ConversationReads { get; set; }

        public int LogReads { get; set; }

        public bool StaleOpen { get; set; }

        public async Task<DirectLineConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken = default)
        {
            ConversationReads++;
            var conversation = await inner.GetConversationAsync(conversationId, cancellationToken);
            return StaleOpen && conversation is not null ? conversation with { Ended = false } : conversation;
        }

        public Task<bool> CreateConversationAsync(string conversationId, string userId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
            inner.CreateConversationAsync(conversationId, userId, now, cancellationToken);

        public Task<IReadOnlyList<DirectLineRecord>> AppendAsync(string conversationId, IReadOnlyList<DirectLineEntry> entries, DateTimeOffset now, CancellationToken cancellationToken = default) =>
            inner.AppendAsync(conversationId, entries, now, cancellationToken);

        public Task<IReadOnlyList<DirectLineRecord>?> AppendIfOpenAsync(string conversationId, IReadOnlyList<DirectLineEntry> entries, DateTimeOffset now, CancellationToken cancellationToken = default) =>
            inner.AppendIfOpenAsync(conversationId, entries, now, cancellationToken);

        public Task<IReadOnlyList<DirectLineRecord>> ReadAsync(string conversationId, long afterSequence, int maxCount, CancellationToken cancellationToken = default)
        {
            LogReads++;
            return inner.ReadAsync(conversationId, afterSequence, maxCount, cancellationToken);
        }

        public Task EndConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
            inner.EndConversationAsync(conversationId, cancellationToken);

        public Task SaveFileAsync(DirectLineFile file, CancellationToken cancellationToken = default) => inner.SaveFileAsync(file, cancellationToken);

        public Task<DirectLineFile?> GetFileAsync(string conversationId, string fileId, CancellationToken cancellationToken = default) =>
            inner.GetFileAsync(conversationId, fileId, cancellationToken);

        public Task<int> DeleteInactiveAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default) =>
            inner.DeleteInactiveAsync(cutoff, cancellationToken);
    }
}
