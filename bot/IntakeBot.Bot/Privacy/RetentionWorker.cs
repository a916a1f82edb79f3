using IntakeBot.Casework.Audit;
using IntakeBot.Casework.Privacy;
using IntakeBot.Casework.Register;
using IntakeBot.Casework.Transcripts;
using Microsoft.Extensions.Options;

namespace IntakeBot.Bot.Privacy;

/// <summary>
/// Runs <see cref="RetentionRun"/> at start-up and then every <see cref="PrivacyOptions.RetentionInterval"/> (daily).
/// It wakes every <see cref="PrivacyOptions.RetentionCheckInterval"/> and compares the clock with the next run, instead
/// of sleeping a whole day: a host that was suspended, or a test that moves a fake clock, still runs on time.
/// </summary>
internal sealed partial class RetentionWorker(IServiceProvider services, IOptions<PrivacyOptions> options, TimeProvider time, ILogger<RetentionWorker> logger)
    : BackgroundService
{
    private long _runs;
    private long _checks;

    /// <summary>Completed passes (also failed ones), for tests and diagnostics.</summary>
    public long Runs => Interlocked.Read(ref _runs);

    /// <summary>Times the worker looked at the clock.</summary>
    public long Checks => Interlocked.Read(ref _checks);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var registered = services.GetRequiredService<IServiceProviderIsService>();
        if (!registered.IsService(typeof(ICaseRegister)) || !registered.IsService(typeof(ITranscriptStore)) || !registered.IsService(typeof(IAuditLog)))
        {
            // The staff-area stores are registered by the storage setup; without them there is nothing to delete.
            LogDisabled(logger);
            return;
        }

        var run = services.GetRequiredService<RetentionRun>();
        var settings = options.Value;
        DateTimeOffset? next = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var now = time.GetUtcNow();
                if (next is null || now >= next)
                {
                    await RunOnceAsync(run, stoppingToken).ConfigureAwait(false);
                    next = now + settings.RetentionInterval;
                }

                Interlocked.Increment(ref _checks);
                await Task.Delay(settings.RetentionCheckInterval, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RunOnceAsync(RetentionRun run, CancellationToken stoppingToken)
    {
        try
        {
            var result = await run.RunAsync(stoppingToken).ConfigureAwait(false);
            LogDeleted(logger, result.CasesDeleted, result.TranscriptsDeleted, result.AbandonedTranscriptsDeleted);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A failed pass is retried at the next interval; the host keeps serving. Nothing is half-deleted: each
            // case is deleted in one transaction by the register.
            LogFailed(logger, error);
        }
        finally
        {
            Interlocked.Increment(ref _runs);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: deleted {Cases} cases ({Transcripts} with their transcript) and {Abandoned} abandoned transcripts.")]
    private static partial void LogDeleted(ILogger logger, int cases, int transcripts, int abandoned);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention: the pass failed; it runs again at the next interval.")]
    private static partial void LogFailed(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention is off: no case register, transcript store or audit log is registered.")]
    private static partial void LogDisabled(ILogger logger);
}
