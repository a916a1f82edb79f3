using System.Net.WebSockets;
using IntakeBot.Storage.DirectLine;
using Microsoft.Extensions.Options;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>
/// The WebSocket <c>GET conversations/{id}/stream?t=&amp;watermark=</c>: ActivitySets from the watermark on, then
/// every new activity as it is logged, and an empty frame as keep-alive when idle. Frames from the client
/// (DirectLineJS pings with empty ones) are read and ignored.
/// </summary>
internal static class DirectLineStreamEndpoint
{
    private const int PageSize = 100;

    public static void Map(RouteGroupBuilder group) => group.MapGet("/conversations/{conversationId}/stream", StreamAsync);

    private static async Task<IResult> StreamAsync(
        string conversationId, HttpContext context, DirectLineAuthenticator authenticator, IDirectLineStore store,
        DirectLineNotifier notifier, IOptions<DirectLineOptions> options, TimeProvider time, IHostApplicationLifetime lifetime,
        CancellationToken cancellationToken)
    {
        var (_, conversation, error) = await DirectLineActivityEndpoints.FindAsync(conversationId, context.Request, authenticator, store, cancellationToken, allowQueryToken: true)
            .ConfigureAwait(false);
        if (conversation is null)
        {
            return error!;
        }

        if (!DirectLineActivitySets.TryParseWatermark(context.Request.Query["watermark"].ToString(), out var watermark))
        {
            return DirectLineErrors.Bad("The watermark is not valid.");
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.Bad("This URL takes a WebSocket connection.");
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        // A stopping host closes its sockets at once with "going away" (1001), so that shutdown does not wait for idle
        // clients, which reconnect with their watermark and miss nothing. The reader is not tied to the stop: cancelling
        // a receive aborts the socket, and the close frame must go out first.
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var pumping = CancellationTokenSource.CreateLinkedTokenSource(closed.Token, lifetime.ApplicationStopping);
        var reading = DrainAsync(socket, closed);
        try
        {
            await PumpAsync(socket, conversationId, watermark, store, notifier, options.Value.KeepAliveInterval, time, pumping.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client went away or the host is stopping.
        }
        finally
        {
            if (await GoAwayAsync(socket, lifetime.ApplicationStopping).ConfigureAwait(false))
            {
                await WaitForCloseAsync(reading, time).ConfigureAwait(false);
            }

            await closed.CancelAsync().ConfigureAwait(false);
            await reading.ConfigureAwait(false);
        }

        return TypedResults.Empty;
    }

    private static async Task PumpAsync(
        WebSocket socket, string conversationId, long watermark, IDirectLineStore store, DirectLineNotifier notifier,
        TimeSpan keepAlive, TimeProvider time, CancellationToken cancellationToken)
    {
        // Subscribed before the first read, so nothing appended from here on is missed. Appends in this process hand
        // their records to the subscription and are sent on as they are; the log is read only to catch up: at the
        // start, after a change this process did not see, or when the records do not follow on from the watermark.
        using var subscription = notifier.Subscribe(conversationId);
        using var registration = cancellationToken.Register(static state => ((DirectLineSubscription)state!).Wake(), subscription);
        // Ticks at half the interval: a tick with nothing sent since the one before sends a keep-alive, so the socket is
        // never silent for a whole interval, and reads the log, so that nothing stays unsent for longer either.
        var half = TimeSpan.FromTicks(Math.Max(keepAlive.Ticks / 2, TimeSpan.TicksPerMillisecond));
        using var ticker = time.CreateTimer(static state => ((DirectLineSubscription)state!).Tick(), subscription, half, half);
        var mustRead = true;
        var sent = false;
        var keepAliveDue = false;
        while (socket.State == WebSocketState.Open)
        {
            if (mustRead)
            {
                var records = await store.ReadAsync(conversationId, watermark, PageSize, cancellationToken).ConfigureAwait(false);
                if (records.Count > 0)
                {
                    watermark = await SendAsync(socket, records, cancellationToken).ConfigureAwait(false);
                    sent = true;
                    keepAliveDue = false;
                    // A full page may have more behind it.
                    mustRead = records.Count == PageSize;
                    continue;
                }

                mustRead = false;
            }

            if (keepAliveDue)
            {
                await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
                keepAliveDue = false;
            }

            await subscription.WaitAsync().ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            var inbox = subscription.Take();
            if (inbox.Unknown)
            {
                mustRead = true;
            }
            else if (FollowOn(inbox.Records, watermark) is { } fresh)
            {
                for (var start = 0; start < fresh.Count; start += PageSize)
                {
                    watermark = await SendAsync(socket, fresh.GetRange(start, Math.Min(PageSize, fresh.Count - start)), cancellationToken).ConfigureAwait(false);
                    sent = true;
                }
            }
            else
            {
                mustRead = true;
            }

            if (inbox.Tick)
            {
                if (!sent)
                {
                    // Quiet since the last tick: read the log first (a lost cross-instance notification is caught up
                    // within one interval), then send the keep-alive if the log had nothing new.
                    keepAliveDue = true;
                    mustRead = true;
                }

                sent = false;
            }
        }
    }

    /// <summary>
    /// The records after <paramref name="watermark"/>, in order, when they continue the log from it without a gap
    /// (an empty list when there are none); null when one is missing, so the log must be read.
    /// </summary>
    internal static List<DirectLineRecord>? FollowOn(IReadOnlyList<DirectLineRecord> records, long watermark)
    {
        var fresh = new List<DirectLineRecord>(records.Count);
        foreach (var record in records)
        {
            if (record.Sequence > watermark)
            {
                fresh.Add(record);
            }
        }

        // Two appends in this process may announce their records out of order.
        fresh.Sort(static (a, b) => a.Sequence.CompareTo(b.Sequence));
        return DirectLineSequences.FollowWithoutGap(fresh, watermark) ? fresh : null;
    }

    private static async Task<long> SendAsync(WebSocket socket, IReadOnlyList<DirectLineRecord> records, CancellationToken cancellationToken)
    {
        var watermark = records[^1].Sequence;
        var frame = DirectLineActivitySets.Write(records, watermark, includeTyping: true);
        await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        return watermark;
    }

    private static async Task<bool> GoAwayAsync(WebSocket socket, CancellationToken stopping)
    {
        if (!stopping.IsCancellationRequested || socket.State != WebSocketState.Open)
        {
            return false;
        }

        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.EndpointUnavailable, "The server is restarting.", CancellationToken.None).ConfigureAwait(false);
            return true;
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or IOException)
        {
            return false;
        }
    }

    // The client answers a close frame with its own; a client that does not is left after a few seconds.
    private static async Task WaitForCloseAsync(Task reading, TimeProvider time)
    {
        try
        {
            await reading.WaitAsync(TimeSpan.FromSeconds(5), time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
        }
    }

    // Reads until the client closes, so that close frames are answered and pings never pile up.
    private static async Task DrainAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            // CloseSent: the server said goodbye first (host stopping) and waits for the client's close frame.
            while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                var frame = await socket.ReceiveAsync(buffer, closed.Token).ConfigureAwait(false);
                if (frame.MessageType == WebSocketMessageType.Close)
                {
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
                    }

                    break;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
        }
        finally
        {
            await closed.CancelAsync().ConfigureAwait(false);
        }
    }
}
