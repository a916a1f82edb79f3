using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntakeBot.LoadTest;

/// <summary>Reads the bot's replies out of Direct Line activity sets and expectReplies bodies.</summary>
internal static class ActivityJson
{
    /// <summary>The texts of the bot's activities in <paramref name="activities"/> that answer <paramref name="replyToId"/> (null: all of the bot's).</summary>
    public static List<string> Replies(JsonElement activities, string? replyToId, string userId)
    {
        var texts = new List<string>();
        if (activities.ValueKind != JsonValueKind.Array)
        {
            return texts;
        }

        foreach (var activity in activities.EnumerateArray())
        {
            var from = activity.TryGetProperty("from", out var f) && f.TryGetProperty("id", out var id) ? id.GetString() : null;
            if (from == userId)
            {
                continue;
            }

            if (replyToId is not null && !(activity.TryGetProperty("replyToId", out var r) && r.GetString() == replyToId))
            {
                continue;
            }

            texts.Add(activity.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() ?? "" : "");
        }

        return texts;
    }

    /// <summary>UTF-8 JSON request content without a string copy of the body.</summary>
    public static ByteArrayContent Content(byte[] json)
    {
        var content = new ByteArrayContent(json);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    public static byte[] Message(string text, string userId, string? conversationId = null, string? activityId = null, bool expectReplies = false)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["locale"] = "nl-NL",
            ["from"] = new JsonObject { ["id"] = userId, ["role"] = "user" },
        };
        if (expectReplies)
        {
            activity["id"] = activityId;
            activity["channelId"] = "emulator";
            activity["serviceUrl"] = "http://127.0.0.1:9/";
            activity["conversation"] = new JsonObject { ["id"] = conversationId };
            activity["recipient"] = new JsonObject { ["id"] = "intakebot", ["role"] = "bot" };
            activity["timestamp"] = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
            activity["deliveryMode"] = "expectReplies";
        }

        return JsonSerializer.SerializeToUtf8Bytes(activity);
    }
}
