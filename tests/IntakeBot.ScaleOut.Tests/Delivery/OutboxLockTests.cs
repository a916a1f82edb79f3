using IntakeBot.Bot.Delivery;
using IntakeBot.ScaleOut.Tests.Support;
using IntakeBot.Testing.Postgres;
using Microsoft.Extensions.Logging.Abstractions;

namespace IntakeBot.ScaleOut.Tests.Delivery;

/// <summary>
/// The outbox on exactly one instance at a time: two workers on one database, each with its own lock connection (as
/// two processes have), run passes only while they hold the advisory lock; killing the holder's connection lets the
/// other take over, and the old holder does not come back while the new one holds it.
/// </summary>
public sealed class OutboxLockTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    [Fact]
    public async Task AdvisoryLock_HasOneHolder_AndPassesToTheOtherWhenTheHoldersConnectionDies()
    {
        await using var lockA = new PostgresOutboxLock(database.ConnectionString);
        await using var lockB = new PostgresOutboxLock(database.ConnectionString);

        Assert.True(await lockA.TryHoldAsync(CancellationToken.None));
        Assert.False(await lockB.TryHoldAsync(CancellationToken.None));
        Assert.True(await lockA.TryHoldAsync(CancellationToken.None));

        Assert.Equal(1L, await PostgresAdmin.TerminateAsync(database.ConnectionString, lockA.BackendProcessId!.Value));

        Assert.True(await PostgresAdmin.EventuallyAsync(() => lockB.TryHoldAsync(CancellationToken.None), TimeSpan.FromSeconds(30)));
        await Assert.ThrowsAnyAsync<Exception>(() => lockA.TryHoldAsync(CancellationToken.None));
        Assert.False(await lockA.TryHoldAsync(CancellationToken.None));
    }

    [Fact]
    public async Task TwoWorkers_OnlyTheHolderRunsPasses_AndTheOtherTakesOverWhenItsConnectionIsKilled()
    {
        await using var postgresA = new PostgresOutboxLock(database.ConnectionString);
        await using var postgresB = new PostgresOutboxLock(database.ConnectionString);
        var lockA = new SteppedLock(postgresA);
        var lockB = new SteppedLock(postgresB);
        var passesA = new CountingPass();
        var passesB = new CountingPass();
        using var stop = new CancellationTokenSource();
        var workerA = new OutboxLoop(passesA.RunAsync, lockA, TimeProvider.System, TimeSpan.FromMilliseconds(10), NullLogger.Instance).RunAsync(stop.Token);
        var workerB = new OutboxLoop(passesB.RunAsync, lockB, TimeProvider.System, TimeSpan.FromMilliseconds(10), NullLogger.Instance).RunAsync(stop.Token);

        Assert.True(await lockA.StepAsync());
        Assert.Equal(1, await passesA.NextAsync());
        Assert.False(await lockB.StepAsync());
        Assert.True(await lockA.StepAsync());
        Assert.Equal(2, await passesA.NextAsync());
        Assert.False(await lockB.StepAsync());
        Assert.Equal(0, passesB.Count);

        Assert.Equal(1L, await PostgresAdmin.TerminateAsync(database.ConnectionString, postgresA.BackendProcessId!.Value));
        // The server releases the lock as the killed backend exits, a moment after the signal.
        var tookOver = false;
        for (var attempt = 0; attempt < 300 && !tookOver; attempt++)
        {
            tookOver = await lockB.StepAsync();
        }

        Assert.True(tookOver);
        Assert.Equal(1, await passesB.NextAsync());
        // The old holder's connection is gone: its check fails, and reconnecting finds the lock taken.
        Assert.False(await lockA.StepAsync());
        Assert.False(await lockA.StepAsync());
        Assert.True(await lockB.StepAsync());
        Assert.Equal(2, await passesB.NextAsync());
        Assert.Equal(2, passesA.Count);

        await stop.CancelAsync();
        await Task.WhenAll(workerA, workerB);
    }
}
