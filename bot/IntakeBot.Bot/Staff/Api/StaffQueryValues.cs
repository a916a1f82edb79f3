using System.Globalization;
using System.Text.Json;

namespace IntakeBot.Bot.Staff.Api;

/// <summary>Reads query-string values of the staff API: enums by their JSON (Dutch) names, dates as yyyy-MM-dd.</summary>
internal static class StaffQueryValues
{
    /// <summary>True with the value when <paramref name="text"/> is empty (null) or a JSON name of <typeparamref name="TEnum"/>.</summary>
    public static bool TryEnum<TEnum>(string? text, out TEnum? value)
        where TEnum : struct, Enum
    {
        value = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (text.Length > 64 || !text.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return false;
        }

        try
        {
            value = JsonSerializer.Deserialize<TEnum>("\"" + text + "\"", Json);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>True with the date when <paramref name="text"/> is empty (null) or yyyy-MM-dd.</summary>
    public static bool TryDate(string? text, out DateOnly? value)
    {
        value = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            value = date;
            return true;
        }

        return false;
    }

    /// <summary>The JSON names of <typeparamref name="TEnum"/>, for error messages.</summary>
    public static string Names<TEnum>()
        where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetValues<TEnum>().Select(v => JsonSerializer.Serialize(v, Json).Trim('"')));

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false) },
    };
}
