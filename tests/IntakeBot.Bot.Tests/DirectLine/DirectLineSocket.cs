using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace IntakeBot.Bot.Tests.DirectLine;

/// <summary>A WebSocket to the test server that reads whole frames.</summary>
internal sealed class DirectLineSocket(WebSocket socket) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static async Task<DirectLineSocket> ConnectAsync(DirectLineHost host, string streamUrl)
    {
        var client = host.Server.CreateWebSocketClient();
        using var timeout = new CancellationTokenSource(Patience);
        return new DirectLineSocket(await client.ConnectAsync(new Uri(streamUrl), timeout.Token));
    }

    /// <summary>The next frame's text ("" for a keep-alive).</summary>
    public async Task<string> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        using var text = new MemoryStream();
        var buffer = new byte[4096];
        WebSocketReceiveResult frame;
        do
        {
            frame = await socket.ReceiveAsync(buffer, timeout.Token);
            text.Write(buffer, 0, frame.Count);
        }
        while (!frame.EndOfMessage);

        return Encoding.UTF8.GetString(text.ToArray());
    }

    /// <summary>The next ActivitySet, skipping keep-alive frames; fails when none comes within the patience.</summary>
    public async Task<(List<JsonElement> Activities, string Watermark)> ReceiveSetAsync()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var text = await ReceiveAsync();
            if (text.Length == 0)
            {
                if (started.Elapsed > Patience)
                {
                    throw new TimeoutException($"No ActivitySet within {Patience}, only keep-alives.");
                }

                continue;
            }

            using var json = JsonDocument.Parse(text);
            return (
                [.. json.RootElement.GetProperty("activities").EnumerateArray().Select(activity => activity.Clone())],
                json.RootElement.GetProperty("watermark").GetString()!);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds (the server's side of a socket settles after the client's).</summary>
    public static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    public Task SendTextAsync(string text) => socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    public void Dispose() => socket.Dispose();
}
