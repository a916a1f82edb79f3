using IntakeBot.Bot.Channels.DirectLine;
using IntakeBot.Storage.DirectLine;

namespace IntakeBot.Bot.Tests.DirectLine;

/// <summary>
/// The sockets' inboxes: what is appended after a socket subscribed reaches it, in order or marked for a read of the
/// log, and a conversation whose sockets have gone holds nothing.
/// </summary>
public sealed class DirectLineNotifierTests
{
    private static DirectLineRecord Record(long sequence) => new(sequence, "message", "{}");

    [Fact]
    public async Task Appends_AfterSubscribing_AreCollected_UntilTaken()
    {
        var notifier = new DirectLineNotifier();
        using var subscription = notifier.Subscribe("conv-1");
        var waiting = subscription.WaitAsync();

        notifier.Changed("conv-1", [Record(1)]);
        notifier.Changed("conv-1", [Record(2), Record(3)]);
        notifier.Changed("conv-2", [Record(1)]);

        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        var inbox = subscription.Take();
        Assert.Equal([1L, 2L, 3L], inbox.Records.Select(record => record.Sequence));
        Assert.False(inbox.Unknown);
        Assert.False(subscription.WaitAsync().IsCompleted);
        Assert.Empty(subscription.Take().Records);
    }

    [Fact]
    public void A_change_without_records_and_a_lost_listener_both_ask_for_a_read()
    {
        var notifier = new DirectLineNotifier();
        using var first = notifier.Subscribe("conv-1");
        using var second = notifier.Subscribe("conv-2");

        notifier.Changed("conv-1");
        notifier.ChangedAll();

        Assert.True(first.Take().Unknown);
        Assert.True(second.Take().Unknown);
    }

    [Fact]
    public void Every_socket_of_a_conversation_gets_the_records_and_the_last_one_to_go_leaves_nothing()
    {
        var notifier = new DirectLineNotifier();
        var first = notifier.Subscribe("conv-1");
        var second = notifier.Subscribe("conv-1");

        notifier.Changed("conv-1", [Record(4)]);
        Assert.Equal(4L, Assert.Single(first.Take().Records).Sequence);
        Assert.Equal(4L, Assert.Single(second.Take().Records).Sequence);

        first.Dispose();
        first.Dispose();
        Assert.Equal(1, notifier.Waiting);
        notifier.Changed("conv-1", [Record(5)]);
        Assert.Empty(first.Take().Records);
        Assert.Equal(5L, Assert.Single(second.Take().Records).Sequence);
        second.Dispose();
        Assert.Equal(0, notifier.Waiting);
    }

    [Fact]
    public async Task Ticks_and_wakes_end_a_wait_without_records()
    {
        var notifier = new DirectLineNotifier();
        using var subscription = notifier.Subscribe("conv-1");

        var ticked = subscription.WaitAsync();
        subscription.Tick();
        await ticked.WaitAsync(TimeSpan.FromSeconds(10));
        var inbox = subscription.Take();
        var woken = subscription.WaitAsync();
        subscription.Wake();
        await woken.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(inbox.Tick);
        Assert.Empty(inbox.Records);
        Assert.False(subscription.Take().Tick);
    }

    public static TheoryData<long[], long, long[]?> FollowOnCases => new()
    {
        { [3, 4, 5], 2, [3, 4, 5] },
        { [5, 3, 4], 2, [3, 4, 5] },   // two appends announced out of order
        { [1, 2, 3, 4], 2, [3, 4] },    // already sent from the log
        { [1, 2], 2, [] },
        { [], 2, [] },
        { [4, 5], 2, null },            // 3 is missing: read the log
        { [3, 3, 4], 2, null },
    };

    [Theory]
    [MemberData(nameof(FollowOnCases))]
    public void FollowOn_KeepsWhatContinuesTheWatermark_OrAsksForARead(long[] sequences, long watermark, long[]? expected)
    {
        var result = DirectLineStreamEndpoint.FollowOn([.. sequences.Select(Record)], watermark);

        Assert.Equal(expected, result?.Select(record => record.Sequence).ToArray());
    }
}
