using System.Text.Json;
using IntakeBot.Bot.Transcripts;
using IntakeBot.Casework.Memory;
using IntakeBot.Casework.Transcripts;
using IntakeBot.Dialogs.State;
using IntakeBot.Testing;

namespace IntakeBot.Bot.Tests.Transcripts;

public sealed class TranscriptMiddlewareTests
{
    private readonly MemoryTranscriptStore _store = new();
    private readonly TestAdapter _adapter = new(conversationId: "gesprek-1");

    public TranscriptMiddlewareTests() => _adapter.Use(new TranscriptMiddleware(_store, new ManualTimeProvider()));

    [Fact]
    public async Task A_turn_stores_the_incoming_activity_then_every_reply_in_order()
    {
        await _adapter.SendActivityToBotAsync(_adapter.MakeActivity("hallo"), async (context, token) =>
        {
            await context.SendActivityAsync("een", cancellationToken: token);
            await context.SendActivityAsync("twee", cancellationToken: token);
        });

        Assert.Equal([(TranscriptDirection.Incoming, "hallo"), (TranscriptDirection.Outgoing, "een"), (TranscriptDirection.Outgoing, "twee")], await TextsAsync());
    }

    [Fact]
    public async Task Replies_sent_directly_are_stored_as_they_go()
    {
        _adapter.BufferReplies = false;

        await _adapter.SendActivityToBotAsync(_adapter.MakeActivity("hallo"), async (context, token) =>
        {
            await context.SendActivityAsync("een", cancellationToken: token);
            Assert.Equal(2, (await _store.GetAsync("gesprek-1", token)).Count);
        });

        Assert.Equal([(TranscriptDirection.Incoming, "hallo"), (TranscriptDirection.Outgoing, "een")], await TextsAsync());
    }

    [Fact]
    public async Task A_turn_run_again_after_a_state_conflict_is_stored_once_with_only_the_replies_sent()
    {
        var attempt = 0;

        await _adapter.SendActivityToBotAsync(_adapter.MakeActivity("hallo"), async (context, token) =>
        {
            attempt++;
            await context.SendActivityAsync($"poging {attempt}", cancellationToken: token);
            if (attempt == 1)
            {
                throw new ETagConflictException("gesprek-1", "a", "b");
            }
        });

        Assert.Equal(2, attempt);
        Assert.Equal([(TranscriptDirection.Incoming, "hallo"), (TranscriptDirection.Outgoing, "poging 2")], await TextsAsync());
    }

    [Fact]
    public async Task The_error_handlers_reply_is_stored_after_the_replies_before_the_error()
    {
        _adapter.OnTurnError = (context, _) => context.SendActivityAsync("Er ging iets mis.");

        await _adapter.SendActivityToBotAsync(_adapter.MakeActivity("hallo"), async (context, token) =>
        {
            await context.SendActivityAsync("een", cancellationToken: token);
            throw new InvalidOperationException("kapot");
        });

        Assert.Equal([(TranscriptDirection.Incoming, "hallo"), (TranscriptDirection.Outgoing, "een"), (TranscriptDirection.Outgoing, "Er ging iets mis.")], await TextsAsync());
    }

    [Fact]
    public async Task A_buffered_turn_is_stored_in_one_write()
    {
        var counting = new CountingTranscripts(_store);
        var adapter = new TestAdapter(conversationId: "gesprek-1");
        adapter.Use(new TranscriptMiddleware(counting, new ManualTimeProvider()));

        await adapter.SendActivityToBotAsync(adapter.MakeActivity("hallo"), async (context, token) =>
        {
            await context.SendActivityAsync("een", cancellationToken: token);
            await context.SendActivityAsync("twee", cancellationToken: token);
        });

        Assert.Equal(1, counting.Writes);
        Assert.Equal(3, (await TextsAsync()).Count);
    }

    [Fact]
    public async Task When_every_attempt_conflicts_the_error_handlers_reply_follows_the_incoming_activity()
    {
        _adapter.OnTurnError = (context, _) => context.SendActivityAsync("Probeer het opnieuw.");

        await _adapter.SendActivityToBotAsync(_adapter.MakeActivity("hallo"), async (context, token) =>
        {
            await context.SendActivityAsync("een", cancellationToken: token);
            throw new ETagConflictException("gesprek-1", "a", "b");
        });

        Assert.Equal([(TranscriptDirection.Incoming, "hallo"), (TranscriptDirection.Outgoing, "Probeer het opnieuw.")], await TextsAsync());
    }

    private async Task<List<(TranscriptDirection, string?)>> TextsAsync() =>
        [.. (await _store.GetAsync("gesprek-1")).Select(e => (e.Direction, JsonDocument.Parse(e.ActivityJson).RootElement.GetProperty("text").GetString()))];

    /// <summary>Counts the writes that reach the store.</summary>
    private sealed class CountingTranscripts(ITranscriptStore inner) : ITranscriptStore
    {
        public int Writes { get; private set; }

        public Task<long> AppendAsync(TranscriptEntry entry, CancellationToken cancellationToken = default)
        {
            Writes++;
            return inner.AppendAsync(entry, cancellationToken);
        }

        public Task AppendAllAsync(IReadOnlyList<TranscriptEntry> entries, CancellationToken cancellationToken = default)
        {
            Writes++;
            return inner.AppendAllAsync(entries, cancellationToken);
        }

        public Task<IReadOnlyList<TranscriptEntry>> GetAsync(string conversationId, CancellationToken cancellationToken = default) => inner.GetAsync(conversationId, cancellationToken);

        public Task<int> DeleteAsync(string conversationId, CancellationToken cancellationToken = default) => inner.DeleteAsync(conversationId, cancellationToken);

        public Task<IReadOnlyList<string>> AbandonedBeforeAsync(DateTimeOffset before, int max, CancellationToken cancellationToken = default) =>
            inner.AbandonedBeforeAsync(before, max, cancellationToken);
    }
}
