using System.Diagnostics.Metrics;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Bot.Operations;

/// <summary>
/// The observable gauge <c>intakebot.outbox.backlog</c>: outbox events not yet delivered. The database is read
/// only while someone listens, at most every <see cref="SampleInterval"/>, never on the listener's thread; a listener
/// sees the last sample (nothing before the first one). Counts stop at <see cref="MaxCounted"/>.
/// </summary>
internal sealed partial class OutboxBacklogGauge(IMeterFactory meters, ICaseStore cases, TimeProvider time, ILogger<OutboxBacklogGauge> logger)
    : IHostedService
{
    public const int MaxCounted = 10_000;

    public static readonly TimeSpan SampleInterval = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private long? _backlog;
    private DateTimeOffset _sampledAt = DateTimeOffset.MinValue;
    private bool _sampling;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        meters.Create(IntakeBotMetrics.MeterName)
            .CreateObservableGauge("intakebot.outbox.backlog", Observe, "{event}", $"Outbox events not yet delivered (sampled at most every {SampleInterval.TotalSeconds:0} s).");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Reads the backlog now (the gauge does this by itself when a sample is due).</summary>
    internal async Task SampleAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = await cases.PendingEventsAsync(MaxCounted, cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                _backlog = pending.Count;
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogFailed(logger, error);
        }
        finally
        {
            lock (_gate)
            {
                _sampledAt = time.GetUtcNow();
                _sampling = false;
            }
        }
    }

    private IEnumerable<Measurement<long>> Observe()
    {
        long? backlog;
        bool due;
        lock (_gate)
        {
            backlog = _backlog;
            due = !_sampling && time.GetUtcNow() - _sampledAt >= SampleInterval;
            _sampling |= due;
        }

        if (due)
        {
            // Runs on the thread pool: the listener's callback must not wait for the database.
            _ = Task.Run(() => SampleAsync());
        }

        return backlog is { } value ? [new Measurement<long>(value)] : [];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Metrics: the outbox backlog could not be read.")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
