using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntakeBot.Dialogs.State;

/// <summary>The JSON settings for persisted state: camelCase, nulls omitted, no type names, enums as strings.</summary>
public static class StateJson
{
    /// <summary>Shared options; they cache type metadata, so always use this instance.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(Schema.ActivitySerializer.Options)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
