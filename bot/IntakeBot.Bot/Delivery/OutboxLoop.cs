using IntakeBot.Casework.Delivery;

namespace IntakeBot.Bot.Delivery;

/// <summary>
/// The outbox worker's loop: every <c>interval</c>, if <see cref="IOutboxLock"/> lets this instance, one pass. The next
/// wait starts when a pass ends; waits use the injected <see cref="TimeProvider"/>. Failures (of the lock or of a pass)
/// are logged by exception type only, since messages can quote case data, and the loop goes on.
/// </summary>
internal sealed partial class OutboxLoop(
    Func<CancellationToken, Task<OutboxPassResult>> pass, IOutboxLock outboxLock, TimeProvider time, TimeSpan interval, ILogger logger)
{
    private bool _holding;

    /// <summary>Runs until <paramref name="stoppingToken"/> is cancelled; shutdown cancels the pass and the wait at once.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await HoldAsync(stoppingToken).ConfigureAwait(false))
                {
                    var result = await pass(stoppingToken).ConfigureAwait(false);
                    if (result.Failed > 0)
                    {
                        LogFailures(logger, result.Failed, result.Events);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogPassFailed(logger, TypeOf(exception));
            }

            try
            {
                await Task.Delay(interval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<bool> HoldAsync(CancellationToken stoppingToken)
    {
        bool holding;
        try
        {
            holding = await outboxLock.TryHoldAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // No lock, no pass: another instance may hold it now, and two must never send at once.
            LogLockFailed(logger, TypeOf(exception));
            holding = false;
        }

        if (holding != _holding)
        {
            _holding = holding;
            if (holding)
            {
                LogLockTaken(logger);
            }
            else
            {
                LogLockLost(logger);
            }
        }

        return holding;
    }

    private static string TypeOf(Exception exception) => exception.GetType().FullName ?? exception.GetType().Name;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery: {Failed} send(s) failed in a pass over {Events} event(s); they are retried with backoff.")]
    private static partial void LogFailures(ILogger logger, int failed, int events);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivery pass failed with {ExceptionType}; the next pass runs after the poll interval.")]
    private static partial void LogPassFailed(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery: the outbox lock could not be checked ({ExceptionType}); this instance sends nothing until it holds the lock again.")]
    private static partial void LogLockFailed(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery: this instance holds the outbox lock and delivers the outbox.")]
    private static partial void LogLockTaken(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivery: this instance does not hold the outbox lock (another instance delivers); it checks again every poll interval.")]
    private static partial void LogLockLost(ILogger logger);
}
