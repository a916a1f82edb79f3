using IntakeBot.Storage.Postgres;
using Npgsql;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>
/// With PostgreSQL, wakes this instance's sockets for appends made on any instance: one dedicated connection LISTENs on
/// <see cref="PostgresDirectLineNotifications.Channel"/> and passes each notification to <see cref="DirectLineNotifier"/>.
/// </summary>
/// <remarks>
/// A lost connection is reopened with backoff (<see cref="DirectLineNotifierBackoff"/>). Notifications sent while it was
/// down are gone, so after every (re)connect all waiting sockets read their logs again; sockets also re-read on each
/// keep-alive, which bounds the delay if a connection dies without an error. Failures are logged by exception type only.
/// </remarks>
internal sealed partial class DirectLineNotifierListener(
    string connectionString, DirectLineNotifier notifier, TimeProvider time, ILogger<DirectLineNotifierListener> logger) : BackgroundService
{
    /// <summary>The application name of the listening connection in <c>pg_stat_activity</c>.</summary>
    public const string ApplicationName = "IntakeBot Direct Line listener";

    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(connectionString)
    {
        Pooling = false,
        ApplicationName = ApplicationName,
        // Idle LISTEN connections are probed, so a silently dead server is noticed and the listener reconnects.
        KeepAlive = 30,
        TcpKeepAlive = true,
    }.ConnectionString;

    private TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the listener next finishes (re)connecting and has woken the waiting sockets.</summary>
    public Task NextConnected => Volatile.Read(ref _connected).Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Start-up must not wait for the database.
        await Task.Yield();
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(() => failures = 0, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                failures++;
                var delay = DirectLineNotifierBackoff.Delay(failures);
                LogDisconnected(logger, exception.GetType().FullName ?? exception.GetType().Name, delay);
                try
                {
                    await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task ListenAsync(Action connected, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        connection.Notification += (_, notification) =>
        {
            if (string.Equals(notification.Channel, PostgresDirectLineNotifications.Channel, StringComparison.Ordinal))
            {
                notifier.Changed(PostgresDirectLineNotifications.ConversationOf(notification.Payload));
            }
        };
        await connection.OpenAsync(stoppingToken).ConfigureAwait(false);
        await using (var listen = new NpgsqlCommand($"LISTEN {PostgresDirectLineNotifications.Channel};", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false);
        }

        connected();
        LogListening(logger);
        // Whatever was appended while no one listened is read now.
        notifier.ChangedAll();
        Interlocked.Exchange(ref _connected, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        while (true)
        {
            await connection.WaitAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Direct Line: listening for appends on other instances (PostgreSQL LISTEN).")]
    private static partial void LogListening(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Direct Line: the PostgreSQL listener failed with {ExceptionType}; reconnecting in {Delay}. Sockets re-read their logs meanwhile on each keep-alive.")]
    private static partial void LogDisconnected(ILogger logger, string exceptionType, TimeSpan delay);
}
