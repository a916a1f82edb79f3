using System.Text.Json;

namespace IntakeBot.LoadTest;

/// <summary>
/// Bot Framework's /api/messages with <c>deliveryMode: expectReplies</c>: the replies come back in the response body.
/// Unauthenticated, so only a host in local emulator mode (Development, loopback) accepts it. Any Bot Framework bot
/// can be measured this way.
/// </summary>
internal sealed class ConnectorDriver(HttpClient http, Uri baseUrl) : ITurnDriver
{
    private HttpClient Http => http;

    private Uri BaseUrl => baseUrl;

    public Task<IConversationSession> StartAsync(int conversation, CancellationToken cancellationToken) =>
        Task.FromResult<IConversationSession>(new Session(this, "load-" + Guid.NewGuid().ToString("N"), "load-user-" + conversation.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private sealed class Session(ConnectorDriver driver, string conversationId, string userId) : IConversationSession
    {
        private int _next;

        public async Task<IReadOnlyList<string>> SendAsync(string text, CancellationToken cancellationToken)
        {
            var id = conversationId + "-" + (++_next).ToString(System.Globalization.CultureInfo.InvariantCulture);
            using var content = ActivityJson.Content(ActivityJson.Message(text, userId, conversationId, id, expectReplies: true));
            using var response = await driver.Http.PostAsync(new Uri(driver.BaseUrl, "api/messages"), content, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new LoadTurnException("messages " + (int)response.StatusCode);
            }

            using var body = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
            var replies = body.RootElement.TryGetProperty("activities", out var activities) ? ActivityJson.Replies(activities, null, userId) : [];
            return replies.Count > 0 ? replies : throw new LoadTurnException("no reply");
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
