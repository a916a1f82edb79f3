using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Dialogs.State;
using IntakeBot.Testing;

namespace IntakeBot.Dialogs.Tests.Builder;

public sealed class BotAdapterTests
{
    [Fact]
    public async Task ActivityWithoutTypeOrConversation_IsRejected()
    {
        var adapter = new TestAdapter();

        await Assert.ThrowsAsync<ArgumentException>(() => adapter.ProcessActivityAsync(adapter.MakeActivity() with { Type = null }, (_, _) => Task.CompletedTask));
        await Assert.ThrowsAsync<ArgumentException>(() => adapter.ProcessActivityAsync(adapter.MakeActivity() with { Conversation = null }, (_, _) => Task.CompletedTask));
    }

    [Fact]
    public async Task Replies_AreDeliveredWhenTheTurnEnds()
    {
        var adapter = new TestAdapter();
        var deliveredDuringTurn = -1;

        await adapter.SendTextToBotAsync("hoi", async (ctx, ct) =>
        {
            await ctx.SendActivityAsync("een", cancellationToken: ct);
            deliveredDuringTurn = adapter.PendingReplies;
        });

        Assert.Equal(0, deliveredDuringTurn);
        Assert.Equal("een", adapter.GetNextReply()!.Text);
    }

    [Fact]
    public async Task WithoutBuffering_RepliesGoOutAtOnce()
    {
        var adapter = new TestAdapter { BufferReplies = false };
        var deliveredDuringTurn = -1;

        await adapter.SendTextToBotAsync("hoi", async (ctx, ct) =>
        {
            await ctx.SendActivityAsync("een", cancellationToken: ct);
            deliveredDuringTurn = adapter.PendingReplies;
        });

        Assert.Equal(1, deliveredDuringTurn);
    }

    [Fact]
    public async Task ExpectReplies_ReturnsTheRepliesInTheResult()
    {
        var adapter = new TestAdapter();

        var result = await adapter.ProcessActivityAsync(
            adapter.MakeActivity("hoi") with { DeliveryMode = DeliveryModes.ExpectReplies },
            (ctx, ct) => ctx.SendActivityAsync("hallo", cancellationToken: ct));

        Assert.Equal("hallo", Assert.Single(result.Replies).Text);
        Assert.Null(adapter.GetNextReply());
    }

    [Fact]
    public async Task UnhandledError_GoesToOnTurnError_WhichMayAnswerPolitely()
    {
        var adapter = new TestAdapter();
        Exception? seen = null;
        adapter.OnTurnError = async (ctx, exception) =>
        {
            seen = exception;
            await ctx.SendActivityAsync("sorry");
        };

        await adapter.SendTextToBotAsync("hoi", async (ctx, ct) =>
        {
            await ctx.SendActivityAsync("half", cancellationToken: ct);
            throw new InvalidOperationException("boom");
        });

        Assert.IsType<InvalidOperationException>(seen);
        Assert.Equal("half", adapter.GetNextReply()!.Text);
        Assert.Equal("sorry", adapter.GetNextReply()!.Text);
    }

    [Fact]
    public async Task WithoutOnTurnError_TheExceptionPropagates_AndNothingIsSent()
    {
        var adapter = new TestAdapter();

        await Assert.ThrowsAsync<InvalidOperationException>(() => adapter.SendTextToBotAsync("hoi", async (ctx, ct) =>
        {
            await ctx.SendActivityAsync("half", cancellationToken: ct);
            throw new InvalidOperationException("boom");
        }));

        Assert.Null(adapter.GetNextReply());
    }

    [Fact]
    public async Task StateConflict_RerunsTheTurnOnFreshState_AndSendsOnlyTheFinalReplies()
    {
        var storage = new InterferingStorage(new MemoryStorage());
        var state = new ConversationState(storage);
        var counter = state.CreateProperty<int>("count");
        var adapter = new TestAdapter();
        BotCallbackHandler bot = async (ctx, ct) =>
        {
            var count = await counter.GetAsync(ctx, () => 0, ct) + 1;
            await counter.SetAsync(ctx, count, ct);
            await ctx.SendActivityAsync($"count {count}", cancellationToken: ct);
            await state.SaveChangesAsync(ctx, false, ct);
        };
        await adapter.SendTextToBotAsync("een", bot);
        Assert.Equal("count 1", adapter.GetNextReply()!.Text);

        storage.InterfereOnNextWrite = true; // another instance saves this conversation during the next turn
        var result = await adapter.SendTextToBotAsync("twee", bot);

        Assert.Equal(2, result.Attempts);
        Assert.Equal("count 3", adapter.GetNextReply()!.Text);
        Assert.Null(adapter.GetNextReply());
    }

    [Fact]
    public async Task PersistentConflict_StopsAfterMaxAttempts()
    {
        var adapter = new TestAdapter { MaxTurnAttempts = 2 };
        var attempts = 0;

        await Assert.ThrowsAsync<ETagConflictException>(() => adapter.SendTextToBotAsync("hoi", (ctx, ct) =>
        {
            attempts++;
            throw new ETagConflictException("k", "1", "2");
        }));

        Assert.Equal(2, attempts);
    }

    /// <summary>Simulates a second bot instance that writes the same state between this turn's read and write.</summary>
    private sealed class InterferingStorage(IStorage inner) : IStorage
    {
        public bool InterfereOnNextWrite { get; set; }

        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(keys, cancellationToken);

        public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
        {
            if (InterfereOnNextWrite)
            {
                InterfereOnNextWrite = false;
                var key = changes.Keys.Single();
                var current = (await inner.ReadAsync([key], cancellationToken))[key];
                await inner.WriteAsync(new Dictionary<string, StoreItem> { [key] = new StoreItem("""{"count":2}"""u8.ToArray(), current.ETag) }, cancellationToken);
            }

            return await inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
    }
}
