using IntakeBot.Reliability.Tests.Support;
using IntakeBot.Testing;
using Xunit.Abstractions;

namespace IntakeBot.Reliability.Tests.Concurrency;

/// <summary>Issue 9 item 3 on SQLite: 100 double posts (1,000 with the long tests) against the host as a process.</summary>
public sealed class DoublePostTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Two_messages_posted_at_the_same_instant_are_both_handled_in_order_with_no_state_update_lost()
    {
        await using var host = await ReliabilityHost.StartAsync();
        var (conversations, pairs) = LongTests.Enabled ? (40, 25) : (5, 20);

        var checkedPairs = await DoublePosts.RunAsync(host, conversations, pairs);

        Assert.Equal(conversations * pairs, checkedPairs);
        output.WriteLine($"{checkedPairs} double posts on SQLite");
    }
}
