using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntakeBot.Casework.Reports;

/// <summary>The stable key of an enum value: its JSON name ("klacht", "ontvangst-bevestigd", "deels-gegrond").</summary>
public static class ReportKeys
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The JSON name of <paramref name="value"/>.</summary>
    public static string Of<T>(T value)
        where T : struct, Enum => JsonSerializer.Serialize(value, Json).Trim('"');
}
