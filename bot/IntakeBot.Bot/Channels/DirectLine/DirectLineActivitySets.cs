using System.Globalization;
using System.Text.Json;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Storage.DirectLine;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>Writes ActivitySets (<c>{"activities":[…],"watermark":"n"}</c>) straight from the logged JSON.</summary>
internal static class DirectLineActivitySets
{
    /// <summary>The ActivitySet for <paramref name="records"/>; typing is left out unless <paramref name="includeTyping"/> (sockets only).</summary>
    public static byte[] Write(IReadOnlyList<DirectLineRecord> records, long watermark, bool includeTyping)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var record in records)
            {
                if (includeTyping || !string.Equals(record.Type, ActivityTypes.Typing, StringComparison.OrdinalIgnoreCase))
                {
                    writer.WriteRawValue(record.Json, skipInputValidation: true);
                }
            }

            writer.WriteEndArray();
            writer.WriteString("watermark", watermark.ToString(CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Reads a watermark: empty means the start; anything but a non-negative integer is refused.</summary>
    public static bool TryParseWatermark(string? text, out long watermark)
    {
        watermark = 0;
        return string.IsNullOrEmpty(text)
            || (text.Length <= 19 && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out watermark));
    }
}
