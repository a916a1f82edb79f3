using System.Net;

namespace IntakeBot.Bot.Channels.BotConnector;

/// <summary>Sends an HTTP request again on transient failures: 408, 429 (honouring Retry-After), 5xx and network errors.</summary>
/// <remarks>
/// The request is built anew for each attempt, because an <see cref="HttpRequestMessage"/> cannot be sent twice.
/// When the last attempt still has no answer, a <see cref="ConnectorDeliveryException"/> is thrown.
/// </remarks>
internal sealed class TransientRetry(IRetryDelay delay, TimeProvider time)
{
    /// <summary>Attempts in all, the first included.</summary>
    public const int MaxAttempts = 4;

    /// <summary>A longer Retry-After than this is not waited for; the failure is returned instead.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(500);

    public async Task<HttpResponseMessage> SendAsync(Func<CancellationToken, Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                response = await send(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (IsNetworkFailure(exception, cancellationToken))
            {
                if (attempt >= MaxAttempts)
                {
                    throw new ConnectorDeliveryException($"No answer after {MaxAttempts} attempts: {exception.Message}", null, exception);
                }

                await delay.DelayAsync(Backoff(attempt), cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (attempt >= MaxAttempts || !IsTransient(response.StatusCode))
            {
                return response;
            }

            var wait = RetryAfter(response) ?? Backoff(attempt);
            if (wait > MaxRetryAfter)
            {
                return response;
            }

            response.Dispose();
            await delay.DelayAsync(wait, cancellationToken).ConfigureAwait(false);
        }
    }

    internal static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private static bool IsNetworkFailure(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    private static TimeSpan Backoff(int attempt) => FirstBackoff * Math.Pow(2, attempt - 1);

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
