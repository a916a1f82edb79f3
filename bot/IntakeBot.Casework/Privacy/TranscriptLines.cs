using System.Text;
using System.Text.Json;
using IntakeBot.Casework.Transcripts;

namespace IntakeBot.Casework.Privacy;

/// <summary>Turns stored activities into readable lines: message text plus the titles of buttons and cards.</summary>
internal static class TranscriptLines
{
    /// <summary>The message activities as lines; other activities (typing, conversation updates) are left out.</summary>
    public static IReadOnlyList<TranscriptLine> Read(IReadOnlyList<TranscriptEntry> entries)
    {
        var lines = new List<TranscriptLine>(entries.Count);
        foreach (var entry in entries)
        {
            if (TextOf(entry.ActivityJson) is { } text)
            {
                lines.Add(new TranscriptLine(entry.At, entry.Direction == TranscriptDirection.Incoming ? TranscriptLine.User : TranscriptLine.Bot, text));
            }
        }

        return lines;
    }

    private static string? TextOf(string activityJson)
    {
        try
        {
            using var document = JsonDocument.Parse(activityJson);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.GetString() != "message")
            {
                return null;
            }

            var text = new StringBuilder();
            if (root.TryGetProperty("text", out var body) && body.ValueKind == JsonValueKind.String)
            {
                text.Append(body.GetString());
            }

            AppendTitles(text, root, "suggestedActions", "actions");
            return text.ToString();
        }
        catch (JsonException)
        {
            // A damaged entry must not hide the rest of the file; its raw JSON is not readable text either.
            return null;
        }
    }

    private static void AppendTitles(StringBuilder text, JsonElement root, string container, string list)
    {
        if (root.TryGetProperty(container, out var holder) && holder.ValueKind == JsonValueKind.Object
            && holder.TryGetProperty(list, out var actions) && actions.ValueKind == JsonValueKind.Array)
        {
            foreach (var action in actions.EnumerateArray())
            {
                if (action.ValueKind == JsonValueKind.Object && action.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String)
                {
                    text.Append(text.Length == 0 ? "" : " ").Append('[').Append(title.GetString()).Append(']');
                }
            }
        }
    }
}
