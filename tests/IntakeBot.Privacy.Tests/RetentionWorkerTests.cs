using IntakeBot.Bot.Privacy;
using IntakeBot.Casework.Audit;
using IntakeBot.Casework.Privacy;
using IntakeBot.Casework.Register;
using IntakeBot.Casework.Transcripts;
using IntakeBot.Intake.Cases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IntakeBot.Privacy.Tests;

public sealed class RetentionWorkerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Worker_RunsAtStart_AndAgainOnlyWhenTheClockHasMovedADay()
    {
        var options = new PrivacyOptions { RetentionCheckInterval = TimeSpan.FromMilliseconds(20) };
        var world = new RetentionWorld(options);
        // Due in 12 hours: the start-up run keeps it, the run a day later deletes it.
        var closedAt = world.Now.AddYears(-2).AddHours(12);
        var soon = world.Synthetic.Make(SyntheticCases.Kracht, closedAt.AddDays(-7));
        world.Cases.Add(soon, closedAt);
        using var services = Services(world);
        using var worker = new RetentionWorker(services, Options.Create(options), world.Clock, NullLogger<RetentionWorker>.Instance);

        await worker.StartAsync(CancellationToken.None);
        try
        {
            await WaitUntilAsync(() => worker.Runs == 1);
            Assert.True(world.Cases.Contains(soon.Reference));

            world.Clock.Advance(TimeSpan.FromHours(23));
            var checks = worker.Checks;
            await WaitUntilAsync(() => worker.Checks >= checks + 3);
            Assert.Equal(1, worker.Runs);

            world.Clock.Advance(TimeSpan.FromHours(1));
            await WaitUntilAsync(() => worker.Runs == 2);
            Assert.False(world.Cases.Contains(soon.Reference));
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Worker_WithoutCaseworkStores_StaysOffAndDoesNotFail()
    {
        var options = new PrivacyOptions { RetentionCheckInterval = TimeSpan.FromMilliseconds(20) };
        using var services = new ServiceCollection().BuildServiceProvider();
        using var worker = new RetentionWorker(services, Options.Create(options), TimeProvider.System, NullLogger<RetentionWorker>.Instance);

        await worker.StartAsync(CancellationToken.None);
        await worker.ExecuteTask!.WaitAsync(Patience);

        Assert.Equal(0, worker.Runs);
        Assert.True(worker.ExecuteTask.IsCompletedSuccessfully);
    }

    private static ServiceProvider Services(RetentionWorld world)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ICaseRegister>(world.Cases);
        services.AddSingleton<ICaseStore>(world.Cases);
        services.AddSingleton<ITranscriptStore>(world.Transcripts);
        services.AddSingleton<IAuditLog>(world.Audit);
        services.AddSingleton(world.Run);
        return services.BuildServiceProvider();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
