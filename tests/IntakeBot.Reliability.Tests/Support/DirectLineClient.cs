using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntakeBot.Reliability.Tests.Support;

/// <summary>
/// Direct Line 3.0 over HTTP as Web Chat uses it: every message carries <c>channelData.clientActivityID</c>, which a
/// client keeps when it sends the same message again after a failure.
/// </summary>
internal sealed class DirectLineClient(HttpClient http, string secret)
{
    public const string BotId = "intakebot";

    /// <summary>Starts a conversation with the secret; returns its id and token.</summary>
    public async Task<(string ConversationId, string Token)> StartAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("v3/directline/conversations", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"start: {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        return (json.RootElement.GetProperty("conversationId").GetString()!, json.RootElement.GetProperty("token").GetString()!);
    }

    /// <summary>Posts a message; any failure (connection reset, timeout, non-200) is an outcome, not an exception.</summary>
    public async Task<PostOutcome> PostAsync(string conversationId, string token, string userId, string text, string clientActivityId)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["locale"] = "nl-NL",
            ["from"] = new JsonObject { ["id"] = userId, ["role"] = "user" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"v3/directline/conversations/{conversationId}/activities", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        try
        {
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return new PostOutcome(null, $"{(int)response.StatusCode} {body}");
            }

            using var json = JsonDocument.Parse(body);
            return new PostOutcome(json.RootElement.GetProperty("id").GetString(), null);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or TaskCanceledException or JsonException)
        {
            return new PostOutcome(null, exception.GetType().Name);
        }
    }

    /// <summary>The whole log (every page), or null when the server does not answer.</summary>
    public async Task<IReadOnlyList<LogActivity>?> TryReadLogAsync(string conversationId, string token)
    {
        var all = new List<LogActivity>();
        var watermark = string.Empty;
        try
        {
            while (true)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"v3/directline/conversations/{conversationId}/activities?watermark={watermark}", UriKind.Relative));
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var response = await http.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    return null;
                }

                using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                var page = json.RootElement.GetProperty("activities");
                if (page.GetArrayLength() == 0)
                {
                    return all;
                }

                all.AddRange(page.EnumerateArray().Select(Read));
                watermark = json.RootElement.GetProperty("watermark").GetString() ?? watermark;
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or TaskCanceledException or JsonException)
        {
            return null;
        }
    }

    /// <summary>The whole log, waiting (up to 3 minutes) for the server to answer: it may be restarting.</summary>
    public async Task<IReadOnlyList<LogActivity>> ReadLogAsync(string conversationId, string token)
    {
        for (var attempt = 0; attempt < 900; attempt++)
        {
            if (await TryReadLogAsync(conversationId, token) is { } log)
            {
                return log;
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"The log of {conversationId} could not be read for 3 minutes.");
    }

    /// <summary>The bot's activities right after the last user activity with this client id (up to the next user activity).</summary>
    public static IReadOnlyList<LogActivity>? RepliesTo(IReadOnlyList<LogActivity> log, Func<LogActivity, bool> isEcho)
    {
        var index = -1;
        for (var i = log.Count - 1; i >= 0 && index < 0; i--)
        {
            if (!log[i].FromBot && isEcho(log[i]))
            {
                index = i;
            }
        }

        return index < 0 ? null : [.. log.Skip(index + 1).TakeWhile(activity => activity.FromBot)];
    }

    private static LogActivity Read(JsonElement activity)
    {
        var channelData = activity.TryGetProperty("channelData", out var data) && data.ValueKind == JsonValueKind.Object ? data : default;
        return new LogActivity(
            activity.GetProperty("id").GetString()!,
            activity.GetProperty("type").GetString()!,
            activity.TryGetProperty("from", out var from) && from.TryGetProperty("id", out var id) ? id.GetString() : null,
            activity.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null,
            String(channelData, "clientActivityID"),
            String(channelData, "caseReference"));
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
