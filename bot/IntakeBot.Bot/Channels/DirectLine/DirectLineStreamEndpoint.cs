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
        // A stopping host closes its sockets at once ("going away"), so that shutdown does not wait for idle clients,
        // which reconnect with their watermark and miss nothing.
        using var closed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        var reading = DrainAsync(socket, closed);
        try
        {
            await PumpAsync(socket, conversationId, watermark, store, notifier, options.Value.KeepAliveInterval, time, closed.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The client went away or the host is stopping.
        }
        finally
        {
            await closed.CancelAsync().ConfigureAwait(false);
            await reading.ConfigureAwait(false);
            await GoAwayAsync(socket, lifetime.ApplicationStopping).ConfigureAwait(false);
        }

        return TypedResults.Empty;
    }

    private static async Task PumpAsync(
        WebSocket socket, string conversationId, long watermark, IDirectLineStore store, DirectLineNotifier notifier,
        TimeSpan keepAlive, TimeProvider time, CancellationToken cancellationToken)
    {
        while (socket.State == WebSocketState.Open)
        {
            var change = notifier.NextChange(conversationId);
            var records = await store.ReadAsync(conversationId, watermark, PageSize, cancellationToken).ConfigureAwait(false);
            if (records.Count > 0)
            {
                watermark = records[^1].Sequence;
                var frame = DirectLineActivitySets.Write(records, watermark, includeTyping: true);
                await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var idle = Task.Delay(keepAlive, time, cancellationToken);
            if (await Task.WhenAny(change, idle).ConfigureAwait(false) == idle)
            {
                await idle.ConfigureAwait(false);
                await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task GoAwayAsync(WebSocket socket, CancellationToken stopping)
    {
        if (!stopping.IsCancellationRequested || socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.EndpointUnavailable, "The server is restarting.", CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException or IOException)
        {
        }
    }

    // Reads until the client closes, so that close frames are answered and pings never pile up.
    private static async Task DrainAsync(WebSocket socket, CancellationTokenSource closed)
    {
        var buffer = new byte[1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var frame = await socket.ReceiveAsync(buffer, closed.Token).ConfigureAwait(false);
                if (frame.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).ConfigureAwait(false);
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
