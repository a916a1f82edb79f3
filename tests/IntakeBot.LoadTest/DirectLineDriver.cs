using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace IntakeBot.LoadTest;

/// <summary>
/// Direct Line 3.0 as Web Chat uses it: start a conversation with the secret, post each message, then read the bot's
/// replies by polling GET activities?watermark= (the host answers a POST only after the turn ran, so one poll usually
/// suffices) or, with --stream, from the conversation's WebSocket.
/// </summary>
internal sealed class DirectLineDriver(HttpClient http, Uri baseUrl, string secret, bool stream) : ITurnDriver
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(10);

    private HttpClient Http => http;

    private Uri BaseUrl => baseUrl;

    public async Task<IConversationSession> StartAsync(int conversation, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl, "v3/directline/conversations"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new LoadTurnException("start " + (int)response.StatusCode);
        }

        using var body = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
        var id = body.RootElement.GetProperty("conversationId").GetString()!;
        var token = body.RootElement.GetProperty("token").GetString()!;
        var session = new Session(this, id, token, "load-user-" + conversation.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (stream)
        {
            await session.ConnectAsync(body.RootElement.GetProperty("streamUrl").GetString()!, cancellationToken).ConfigureAwait(false);
        }

        return session;
    }

    private sealed class Session(DirectLineDriver driver, string conversationId, string token, string userId) : IConversationSession
    {
        private readonly AuthenticationHeaderValue _authorization = new("Bearer", token);
        private byte[]? _buffer;
        private MemoryStream? _message;
        private string _watermark = "";
        private ClientWebSocket? _socket;

        public async Task ConnectAsync(string streamUrl, CancellationToken cancellationToken)
        {
            _socket = new ClientWebSocket();
            await _socket.ConnectAsync(new Uri(streamUrl), cancellationToken).ConfigureAwait(false);
        }

        public async Task<IReadOnlyList<string>> SendAsync(string text, CancellationToken cancellationToken)
        {
            var path = $"v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/activities";
            using var post = new HttpRequestMessage(HttpMethod.Post, new Uri(driver.BaseUrl, path));
            post.Headers.Authorization = _authorization;
            post.Content = ActivityJson.Content(ActivityJson.Message(text, userId));
            string activityId;
            using (var response = await driver.Http.SendAsync(post, cancellationToken).ConfigureAwait(false))
            {
                if (!response.IsSuccessStatusCode)
                {
                    throw new LoadTurnException("post " + (int)response.StatusCode);
                }

                using var body = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
                activityId = body.RootElement.GetProperty("id").GetString()!;
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(ReplyTimeout);
            try
            {
                return _socket is null
                    ? await PollAsync(path, activityId, timeout.Token).ConfigureAwait(false)
                    : await ReceiveAsync(activityId, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new LoadTurnException("no reply in time");
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_socket is { State: WebSocketState.Open })
            {
                try
                {
                    await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None).ConfigureAwait(false);
                }
                catch (WebSocketException)
                {
                }
            }

            _socket?.Dispose();
            _message?.Dispose();
        }

        private async Task<IReadOnlyList<string>> PollAsync(string path, string activityId, CancellationToken cancellationToken)
        {
            var delay = 2;
            while (true)
            {
                using var get = new HttpRequestMessage(HttpMethod.Get, new Uri(driver.BaseUrl, path + "?watermark=" + Uri.EscapeDataString(_watermark)));
                get.Headers.Authorization = _authorization;
                using var response = await driver.Http.SendAsync(get, cancellationToken).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    throw new LoadTurnException("get " + (int)response.StatusCode);
                }

                using var body = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
                if (body.RootElement.TryGetProperty("watermark", out var watermark) && watermark.ValueKind == JsonValueKind.String)
                {
                    _watermark = watermark.GetString() ?? _watermark;
                }

                var replies = ActivityJson.Replies(body.RootElement.GetProperty("activities"), activityId, userId);
                if (replies.Count > 0)
                {
                    return replies;
                }

                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                delay = Math.Min(delay * 2, 50);
            }
        }

        private async Task<IReadOnlyList<string>> ReceiveAsync(string activityId, CancellationToken cancellationToken)
        {
            // One receive buffer per streaming session, reused for every turn.
            var buffer = _buffer ??= new byte[16 * 1024];
            var message = _message ??= new MemoryStream();
            while (true)
            {
                message.SetLength(0);
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket!.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        throw new LoadTurnException("stream closed");
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (message.Length == 0)
                {
                    continue;
                }

                using var body = JsonDocument.Parse(message.GetBuffer().AsMemory(0, (int)message.Length));
                if (body.RootElement.TryGetProperty("activities", out var activities))
                {
                    var replies = ActivityJson.Replies(activities, activityId, userId);
                    if (replies.Count > 0)
                    {
                        return replies;
                    }
                }
            }
        }
    }
}
