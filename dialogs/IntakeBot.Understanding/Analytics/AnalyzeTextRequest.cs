using System.Text.Json;

namespace IntakeBot.Understanding.Analytics;

/// <summary>Builds the analyze-text request body for one document.</summary>
internal static class AnalyzeTextRequest
{
    public const string DocumentId = "1";

    public static byte[] Build(string kind, string text, string? language)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("kind", kind);
            json.WriteStartObject("parameters");
            json.WriteString("modelVersion", "latest");
            if (kind != "LanguageDetection")
            {
                // Offsets in .NET string units, so redaction lines up with the text we hold.
                json.WriteString("stringIndexType", "Utf16CodeUnit");
            }

            json.WriteEndObject();
            json.WriteStartObject("analysisInput");
            json.WriteStartArray("documents");
            json.WriteStartObject();
            json.WriteString("id", DocumentId);
            json.WriteString("text", text);
            if (language is not null)
            {
                json.WriteString("language", language);
            }
            else
            {
                json.WriteString("countryHint", "nl");
            }

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }
}
