using IntakeBot.Reliability.Tests.Support;
using IntakeBot.Testing;
using IntakeBot.Testing.Postgres;
using Xunit.Abstractions;

namespace IntakeBot.Reliability.Tests.Concurrency;

/// <summary>Issue 9 item 3 on PostgreSQL: the same double posts, fewer in the short version (a cluster costs seconds to start).</summary>
public sealed class DoublePostPostgresTests(PostgresTestDatabase database, ITestOutputHelper output) : IClassFixture<PostgresTestDatabase>
{
    [Fact]
    public async Task Two_messages_posted_at_the_same_instant_are_both_handled_in_order_with_no_state_update_lost()
    {
        await using var host = await ReliabilityHost.StartAsync(("Storage:Provider", "postgres"), ("Storage:PostgresConnectionString", database.NewSchema()));
        var (conversations, pairs) = LongTests.Enabled ? (40, 25) : (3, 10);

        var checkedPairs = await DoublePosts.RunAsync(host, conversations, pairs);

        Assert.Equal(conversations * pairs, checkedPairs);
        output.WriteLine($"{checkedPairs} double posts on PostgreSQL");
    }
}
