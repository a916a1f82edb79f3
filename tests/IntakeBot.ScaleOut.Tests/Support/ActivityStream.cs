using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;

namespace IntakeBot.ScaleOut.Tests.Support;

/// <summary>A Direct Line WebSocket stream as Web Chat opens it, collecting every activity it delivers.</summary>
internal sealed class ActivityStream : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<string, JsonElement> _seen = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private Task _reading = Task.CompletedTask;

    /// <summary>Whether the activity with <paramref name="activityId"/> has arrived.</summary>
    public bool Has(string activityId) => _seen.ContainsKey(activityId);

    public static async Task<ActivityStream> OpenAsync(Uri baseAddress, string conversationId, string token)
    {
        var stream = new ActivityStream();
        var address = new UriBuilder(new Uri(baseAddress, $"v3/directline/conversations/{conversationId}/stream")) { Scheme = "ws", Query = "t=" + Uri.EscapeDataString(token) }.Uri;
        await stream._socket.ConnectAsync(address, CancellationToken.None);
        stream._reading = stream.ReadAsync();
        return stream;
    }

    /// <summary>Whether the activity with <paramref name="activityId"/> arrives within <paramref name="within"/>.</summary>
    public async Task<bool> ReceivesAsync(string activityId, TimeSpan within)
    {
        var deadline = TimeProvider.System.GetUtcNow() + within;
        while (!_seen.ContainsKey(activityId))
        {
            if (TimeProvider.System.GetUtcNow() > deadline || _reading.IsCompleted)
            {
                return _seen.ContainsKey(activityId);
            }

            await Task.Delay(50);
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reading;
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
        }

        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        while (_socket.State == WebSocketState.Open)
        {
            var part = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (part.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            frame.Write(buffer, 0, part.Count);
            if (!part.EndOfMessage)
            {
                continue;
            }

            if (frame.Length > 0)
            {
                using var json = JsonDocument.Parse(frame.ToArray());
                foreach (var activity in json.RootElement.GetProperty("activities").EnumerateArray())
                {
                    _seen[activity.GetProperty("id").GetString()!] = activity.Clone();
                }
            }

            frame.SetLength(0);
        }
    }
}
