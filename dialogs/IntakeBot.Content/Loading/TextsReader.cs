using System.Text.Json.Nodes;
using IntakeBot.Content.Model;

namespace IntakeBot.Content.Loading;

/// <summary>Turns a schema-valid texts file into entries. A plain string or "text" serves both registers.</summary>
internal static class TextsReader
{
    public static Dictionary<string, TextEntry> Read(JsonObject texts)
    {
        var result = new Dictionary<string, TextEntry>(StringComparer.Ordinal);
        foreach (var (key, value) in texts)
        {
            result[key] = value switch
            {
                JsonValue plain => new TextEntry(plain.GetValue<string>(), plain.GetValue<string>()),
                JsonObject obj => FromObject(obj),
                _ => throw new InvalidOperationException($"Text '{key}' has an unexpected shape."),
            };
        }

        return result;
    }

    private static TextEntry FromObject(JsonObject obj)
    {
        var je = (string?)obj["je"] ?? (string)obj["text"]!;
        var u = (string?)obj["u"] ?? (string)obj["text"]!;
        return obj["retry"] switch
        {
            JsonValue retry => new TextEntry(je, u, retry.GetValue<string>(), retry.GetValue<string>()),
            JsonObject retry => new TextEntry(je, u, (string)retry["je"]!, (string)retry["u"]!),
            _ => new TextEntry(je, u),
        };
    }
}
