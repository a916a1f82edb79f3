using System.Diagnostics.Metrics;
using FsCheck;
using FsCheck.Fluent;
using IntakeBot.Bot.Operations;
using IntakeBot.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Deployment.Tests.Operations;

public sealed class TurnMetricsTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly MeasurementRecorder _recorder;
    private readonly IntakeBotMetrics _metrics;

    public TurnMetricsTests()
    {
        var meters = _services.GetRequiredService<IMeterFactory>();
        _recorder = new MeasurementRecorder(meters);
        _metrics = new IntakeBotMetrics(meters);
    }

    public void Dispose()
    {
        _recorder.Dispose();
        _services.Dispose();
    }

    [Fact]
    public async Task ATurn_IsCountedAndTimed_ByChannel()
    {
        var clock = new ManualStopwatch();
        var adapter = new TestAdapter("directline");
        adapter.Use(new TurnMetricsMiddleware(_metrics, clock));

        await adapter.ProcessActivityAsync(adapter.MakeActivity("hoi"), async (turn, cancellationToken) =>
        {
            clock.Advance(TimeSpan.FromMilliseconds(120));
            await turn.SendActivityAsync("hallo", cancellationToken: cancellationToken);
        });

        var turn = Assert.Single(_recorder.Of("intakebot.turns"));
        Assert.Equal(1, turn.Value);
        Assert.Equal("directline", turn.Tags["channel"]);
        var duration = Assert.Single(_recorder.Of("intakebot.turn.duration"));
        Assert.Equal(120, duration.Value, precision: 3);
        Assert.Empty(_recorder.Of("intakebot.turn.errors"));
    }

    [Fact]
    public async Task AFailingTurn_IsCountedAsAnError_AndStillThrows()
    {
        var adapter = new TestAdapter("msteams");
        adapter.Use(new TurnMetricsMiddleware(_metrics, TimeProvider.System));

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            adapter.ProcessActivityAsync(adapter.MakeActivity("boem"), (_, _) => throw new InvalidOperationException("The test bot fails on purpose.")));

        var error = Assert.Single(_recorder.Of("intakebot.turn.errors"));
        Assert.Equal("msteams", error.Tags["channel"]);
        Assert.Equal(nameof(InvalidOperationException), error.Tags["error.type"]);
        Assert.Single(_recorder.Of("intakebot.turns"));
    }

    [Fact]
    public void ChannelTags_AreKnownChannelsOrOther()
    {
        string[] known = ["directline", "msteams", "webchat", "emulator", "terminal", "test"];
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), channel =>
        {
            var tag = TurnMetricsMiddleware.ChannelTag(channel);
            return known.Contains(channel) ? tag == channel : tag == "other";
        }).QuickCheckThrowOnFailure();
    }
}
