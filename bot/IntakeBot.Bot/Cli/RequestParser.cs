using System.Globalization;
using System.Text.Json;

namespace IntakeBot.Bot.Cli;

/// <summary>Reads the fields of a <c>recognize</c> input line, with a clear message for each mistake.</summary>
internal static class RequestParser
{
    private const string DefaultCulture = "nl-NL";

    public static bool TryParse(JsonElement root, TimeProvider time, out RecognizeRequest request, out string problem)
    {
        request = null!;
        problem = string.Empty;
        if (!TryString(root, "kind", required: true, out var kind, ref problem)
            || !TryString(root, "text", required: true, out var text, ref problem)
            || !TryString(root, "culture", required: false, out var cultureName, ref problem)
            || !TryString(root, "reference", required: false, out var referenceText, ref problem))
        {
            return false;
        }

        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(cultureName ?? DefaultCulture, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            problem = $"unknown culture '{cultureName}'";
            return false;
        }

        var reference = time.GetLocalNow().DateTime;
        if (referenceText is not null
            && !DateTime.TryParse(referenceText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out reference))
        {
            problem = $"'reference' is not an ISO 8601 date-time: '{referenceText}'";
            return false;
        }

        var options = new List<string>();
        if (root.TryGetProperty("options", out var optionsElement) && optionsElement.ValueKind != JsonValueKind.Null)
        {
            if (optionsElement.ValueKind != JsonValueKind.Array)
            {
                problem = "'options' must be an array";
                return false;
            }

            options.AddRange(optionsElement.EnumerateArray().Select(o => o.ValueKind == JsonValueKind.String ? o.GetString()! : o.GetRawText()));
        }

        request = new RecognizeRequest(kind!, culture, text!, reference, options);
        return true;
    }

    private static bool TryString(JsonElement root, string name, bool required, out string? value, ref string problem)
    {
        value = null;
        if (!root.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                problem = $"missing '{name}'";
            }

            return !required;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            problem = $"'{name}' must be a string";
            return false;
        }

        value = element.GetString();
        return true;
    }
}
