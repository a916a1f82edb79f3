using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.State;
using IntakeBot.Testing;

namespace IntakeBot.Dialogs.Tests.Builder;

public sealed class ConversationTurnQueueTests
{
    [Fact]
    public async Task TurnsOfOneConversation_RunOneAtATime_InArrivalOrder()
    {
        var queue = new ConversationTurnQueue();
        var order = new List<int>();
        var running = 0;
        var maxRunning = 0;

        var turns = Enumerable.Range(0, 200).Select(async i =>
        {
            using var lease = await queue.EnterAsync("directline/c1");
            var now = Interlocked.Increment(ref running);
            maxRunning = Math.Max(maxRunning, now);
            order.Add(i);
            await Task.Yield();
            Interlocked.Decrement(ref running);
        }).ToList();
        await Task.WhenAll(turns);

        Assert.Equal(1, maxRunning);
        Assert.Equal(Enumerable.Range(0, 200), order);
        Assert.Equal(0, queue.ActiveConversations);
    }

    [Fact]
    public async Task OtherConversations_DoNotWait()
    {
        var queue = new ConversationTurnQueue();
        using var first = await queue.EnterAsync("a");

        var second = queue.EnterAsync("b");

        Assert.True(second.IsCompleted);
        (await second).Dispose();
    }

    [Fact]
    public async Task CancelledWaiter_LeavesTheQueue_AndTheNextOneRuns()
    {
        var queue = new ConversationTurnQueue();
        var first = await queue.EnterAsync("a");
        using var cancel = new CancellationTokenSource();
        var cancelled = queue.EnterAsync("a", cancel.Token).AsTask();
        var third = queue.EnterAsync("a").AsTask();

        await cancel.CancelAsync();
        first.Dispose();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        (await third).Dispose();
        Assert.Equal(0, queue.ActiveConversations);
    }

    [Fact]
    public async Task DisposingALeaseTwice_ReleasesOnce()
    {
        var queue = new ConversationTurnQueue();
        var first = await queue.EnterAsync("a");
        var second = queue.EnterAsync("a").AsTask();

        first.Dispose();
        first.Dispose();
        var lease = await second;

        Assert.False(queue.EnterAsync("a").IsCompleted);
        lease.Dispose();
    }

    [Fact]
    public async Task MessagesThatArriveTogether_AreAllHandled_AndNoUpdateIsLost()
    {
        var state = new ConversationState(new MemoryStorage());
        var counter = state.CreateProperty<List<string>>("seen");
        var adapter = new TestAdapter();
        var running = 0;
        var overlapped = false;
        BotCallbackHandler bot = async (ctx, ct) =>
        {
            overlapped |= Interlocked.Increment(ref running) > 1;
            var seen = await counter.GetAsync(ctx, () => [], ct);
            await Task.Yield();
            seen!.Add(ctx.Activity.Text!);
            await state.SaveChangesAsync(ctx, false, ct);
            Interlocked.Decrement(ref running);
        };

        await Task.WhenAll(Enumerable.Range(0, 500).Select(i => Task.Run(() => adapter.SendTextToBotAsync($"m{i}", bot))));

        var probe = new TurnContext(adapter, adapter.MakeActivity());
        var final = await counter.GetAsync(probe);
        Assert.False(overlapped);
        Assert.Equal(500, final!.Count);
        Assert.Equal(500, final.Distinct().Count());
    }
}
