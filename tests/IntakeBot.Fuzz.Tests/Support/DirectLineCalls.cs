using System.Text;
using System.Text.Json;

namespace IntakeBot.Fuzz.Tests.Support;

/// <summary>Plain Direct Line calls, synchronous for use inside FsCheck properties.</summary>
internal sealed class DirectLineCalls(HttpClient http)
{
    public HttpClient Http => http;

    public HttpResponseMessage Send(HttpMethod method, string path, string? credential, HttpContent? content = null, string? peer = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (credential is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + credential);
        }

        if (peer is not null)
        {
            request.Headers.Add(PeerAddressStartupFilter.Header, peer);
        }

        return http.SendAsync(request).GetAwaiter().GetResult();
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>Starts a conversation with the secret: its id and token.</summary>
    public (string ConversationId, string Token) Start(string? peer = null)
    {
        using var response = Send(HttpMethod.Post, "/v3/directline/conversations", FuzzHost.Secret, peer: peer);
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        Assert.True(response.IsSuccessStatusCode, $"start: {(int)response.StatusCode} {ErrorBodies.Shorten(body)}");
        using var json = JsonDocument.Parse(body);
        return (json.RootElement.GetProperty("conversationId").GetString()!, json.RootElement.GetProperty("token").GetString()!);
    }

    /// <summary>Posts a message; returns the status and the activity id (null when refused).</summary>
    public (int Status, string? Id) Say(string conversationId, string token, string text, string? locale = null, string? peer = null)
    {
        var body = JsonSerializer.Serialize(new { type = "message", text, locale, from = new { id = "someone" } });
        using var response = Send(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, Json(body), peer);
        if (!response.IsSuccessStatusCode)
        {
            return ((int)response.StatusCode, null);
        }

        using var json = JsonDocument.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
        return ((int)response.StatusCode, json.RootElement.GetProperty("id").GetString());
    }

    /// <summary>Every activity of the conversation so far.</summary>
    public List<JsonElement> Activities(string conversationId, string token)
    {
        using var response = Send(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", token);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
        return [.. json.RootElement.GetProperty("activities").EnumerateArray().Select(activity => activity.Clone())];
    }

    /// <summary>The bot's text replies to one activity.</summary>
    public List<string> RepliesTo(string conversationId, string token, string activityId) =>
        [.. Activities(conversationId, token)
            .Where(activity => activity.TryGetProperty("replyToId", out var reply) && reply.GetString() == activityId)
            .Where(activity => activity.TryGetProperty("text", out _))
            .Select(activity => activity.GetProperty("text").GetString()!)];

    /// <summary>
    /// A normal conversation: start, the welcome, a message that gets a reply. Proves the process is still healthy
    /// after the fuzzing.
    /// </summary>
    public void AssertANormalConversationWorks()
    {
        using (var health = http.GetAsync("/healthz").GetAwaiter().GetResult())
        {
            Assert.True(health.IsSuccessStatusCode, "healthz");
        }

        var (conversationId, token) = Start();
        var (status, id) = Say(conversationId, token, "Nederlands");
        Assert.Equal(200, status);
        var replies = RepliesTo(conversationId, token, id!);
        Assert.True(replies.Count > 0, string.Join("\n", Activities(conversationId, token).Select(activity => activity.ToString())));
    }
}
