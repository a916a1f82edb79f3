using IntakeBot.Bot.Channels.DirectLine;
using IntakeBot.ScaleOut.Tests.Support;
using IntakeBot.Storage.DirectLine;
using IntakeBot.Storage.Postgres;
using IntakeBot.Testing.Postgres;
using Microsoft.Extensions.Logging.Abstractions;

namespace IntakeBot.ScaleOut.Tests.DirectLine;

/// <summary>
/// Cross-instance wake-ups: an append through one instance's store (its own pool) wakes the sockets of another
/// instance through PostgreSQL LISTEN/NOTIFY, also after the listening connection was killed.
/// </summary>
public sealed class DirectLineNotifierListenerTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AppendOnInstanceA_WakesTheConversationOnInstanceB()
    {
        var connectionString = database.NewSchema();
        await using var instanceA = new PostgresDatabase(connectionString);
        var storeA = new PostgresDirectLineStore(instanceA);
        await storeA.CreateConversationAsync("conv-1", "user-1", DateTimeOffset.UnixEpoch);
        var notifierB = new DirectLineNotifier();
        using var listenerB = new DirectLineNotifierListener(connectionString, notifierB, TimeProvider.System, NullLogger<DirectLineNotifierListener>.Instance);
        var connected = listenerB.NextConnected;
        await listenerB.StartAsync(CancellationToken.None);
        await connected.WaitAsync(Patience);

        using var woken = notifierB.Subscribe("conv-1");
        using var untouched = notifierB.Subscribe("conv-2");
        await storeA.AppendAsync("conv-1", [new DirectLineEntry("message", (_, _) => "{}")], DateTimeOffset.UnixEpoch);

        await woken.WaitAsync().WaitAsync(Patience);
        Assert.False(untouched.WaitAsync().IsCompleted);
        await listenerB.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ListenerConnectionKilled_Reconnects_WakesEveryWaiterToReread_AndHearsLaterAppends()
    {
        var connectionString = database.NewSchema();
        await using var instanceA = new PostgresDatabase(connectionString);
        var storeA = new PostgresDirectLineStore(instanceA);
        await storeA.CreateConversationAsync("conv-later", "user-1", DateTimeOffset.UnixEpoch);
        var notifierB = new DirectLineNotifier();
        using var listenerB = new DirectLineNotifierListener(connectionString, notifierB, TimeProvider.System, NullLogger<DirectLineNotifierListener>.Instance);
        var connected = listenerB.NextConnected;
        await listenerB.StartAsync(CancellationToken.None);
        await connected.WaitAsync(Patience);

        // A socket waiting while the listener is down could miss an append made meanwhile: it must re-read after the reconnect.
        using var waiting = notifierB.Subscribe("conv-waiting");
        var reconnected = listenerB.NextConnected;
        Assert.Equal(1L, await PostgresAdmin.TerminateAsync(connectionString, DirectLineNotifierListener.ApplicationName));
        await reconnected.WaitAsync(Patience);
        await waiting.WaitAsync().WaitAsync(Patience);

        using var later = notifierB.Subscribe("conv-later");
        await storeA.AppendAsync("conv-later", [new DirectLineEntry("message", (_, _) => "{}")], DateTimeOffset.UnixEpoch);
        await later.WaitAsync().WaitAsync(Patience);
        await listenerB.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task FailedAppend_SendsNoNotification()
    {
        var connectionString = database.NewSchema();
        await using var instanceA = new PostgresDatabase(connectionString);
        var storeA = new PostgresDirectLineStore(instanceA);
        await storeA.CreateConversationAsync("conv-real", "user-1", DateTimeOffset.UnixEpoch);
        var notifierB = new DirectLineNotifier();
        using var listenerB = new DirectLineNotifierListener(connectionString, notifierB, TimeProvider.System, NullLogger<DirectLineNotifierListener>.Instance);
        var connected = listenerB.NextConnected;
        await listenerB.StartAsync(CancellationToken.None);
        await connected.WaitAsync(Patience);
        using var missing = notifierB.Subscribe("conv-missing");
        using var real = notifierB.Subscribe("conv-real");

        await Assert.ThrowsAsync<KeyNotFoundException>(() => storeA.AppendAsync("conv-missing", [new DirectLineEntry("message", (_, _) => "{}")], DateTimeOffset.UnixEpoch));
        // Notifications arrive in commit order: once the later append's one is here, the failed one would have been too.
        await storeA.AppendAsync("conv-real", [new DirectLineEntry("message", (_, _) => "{}")], DateTimeOffset.UnixEpoch);
        await real.WaitAsync().WaitAsync(Patience);

        Assert.False(missing.WaitAsync().IsCompleted);
        await listenerB.StopAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData(1, 500)]
    [InlineData(2, 1000)]
    [InlineData(3, 2000)]
    [InlineData(7, 30000)]
    [InlineData(1000, 30000)]
    public void Backoff_DoublesUpToThirtySeconds(int failures, int milliseconds) =>
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), DirectLineNotifierBackoff.Delay(failures));
}
