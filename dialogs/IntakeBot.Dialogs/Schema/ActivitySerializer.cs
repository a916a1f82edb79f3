using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntakeBot.Dialogs.Schema;

/// <summary>Reads and writes activities in the Bot Framework wire format.</summary>
public static class ActivitySerializer
{
    /// <summary>
    /// camelCase, nulls omitted, case-insensitive on read, UTC timestamps with <c>Z</c>.
    /// Unknown fields are kept by the schema types themselves. Share this instance: it caches metadata.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Reads one activity from JSON.</summary>
    /// <exception cref="JsonException">The JSON is malformed or is not an object.</exception>
    public static Activity Deserialize(string json) =>
        JsonSerializer.Deserialize<Activity>(json, Options) ?? throw new JsonException("The JSON 'null' is not an activity.");

    /// <summary>Reads one activity from UTF-8 JSON.</summary>
    /// <exception cref="JsonException">The JSON is malformed or is not an object.</exception>
    public static Activity Deserialize(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize<Activity>(utf8Json, Options) ?? throw new JsonException("The JSON 'null' is not an activity.");

    /// <summary>Writes one activity as JSON.</summary>
    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Activities nest cards inside attachments; the default depth of 64 is kept as a guard against
            // hostile deeply nested input.
            MaxDepth = 64,

            // Keeps "+01:00" and Dutch letters readable on the wire instead of \u002B and \u00E9. Activities are
            // always served as application/json; any HTML view encodes them itself.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new UtcTimestampConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
