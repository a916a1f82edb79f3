using System.Diagnostics.Metrics;
using IntakeBot.Bot.Operations;
using IntakeBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace IntakeBot.Deployment.Tests.Operations;

public sealed class OutboxBacklogGaugeTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly MeasurementRecorder _recorder;

    public OutboxBacklogGaugeTests()
    {
        _recorder = new MeasurementRecorder(_services.GetRequiredService<IMeterFactory>());
    }

    public void Dispose()
    {
        _recorder.Dispose();
        _services.Dispose();
    }

    [Fact]
    public async Task Gauge_ReportsTheLastSample_AndCountsAtMostMaxCounted()
    {
        var store = new FakeCaseStore(pendingEvents: 7);
        var gauge = await StartAsync(store);

        await gauge.SampleAsync();
        _recorder.RecordObservables();

        var backlog = Assert.Single(_recorder.Of("intakebot.outbox.backlog"));
        Assert.Equal(7, backlog.Value);
        Assert.All(store.PendingRequests, max => Assert.Equal(OutboxBacklogGauge.MaxCounted, max));
    }

    [Fact]
    public async Task Gauge_ReportsNothing_BeforeTheFirstSample_OrWhenTheDatabaseFails()
    {
        var gauge = await StartAsync(new FakeCaseStore(fail: true));
        _recorder.RecordObservables();
        Assert.Empty(_recorder.Of("intakebot.outbox.backlog"));

        await gauge.SampleAsync();
        _recorder.RecordObservables();

        Assert.Empty(_recorder.Of("intakebot.outbox.backlog"));
    }

    [Fact]
    public async Task Gauge_DoesNotReadTheDatabase_MoreOftenThanTheSampleInterval()
    {
        var clock = new ManualTimeProvider();
        var store = new FakeCaseStore(pendingEvents: 1);
        var gauge = await StartAsync(store, clock);
        await gauge.SampleAsync();
        var reads = store.PendingRequests.Count;

        _recorder.RecordObservables();
        _recorder.RecordObservables();
        clock.Advance(OutboxBacklogGauge.SampleInterval - TimeSpan.FromSeconds(1));
        _recorder.RecordObservables();

        Assert.Equal(reads, store.PendingRequests.Count);
        Assert.Equal(3, _recorder.Of("intakebot.outbox.backlog").Count);
    }

    private async Task<OutboxBacklogGauge> StartAsync(FakeCaseStore store, TimeProvider? clock = null)
    {
        var gauge = new OutboxBacklogGauge(_services.GetRequiredService<IMeterFactory>(), store, clock ?? new ManualTimeProvider(), NullLogger<OutboxBacklogGauge>.Instance);
        await gauge.StartAsync(CancellationToken.None);
        return gauge;
    }
}
