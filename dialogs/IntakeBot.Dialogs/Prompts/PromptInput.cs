using System.Globalization;
using System.Text.Json;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Dialogs.Prompts;

/// <summary>Reads the user's answer from an activity, whether it came as text or as a card or postBack value.</summary>
/// <remarks>
/// Teams and Adaptive Cards send a submit as a message with an empty text and a <c>value</c> (botbuilder-dotnet
/// #1202, #4831); a waterfall that only read <c>text</c> stalled. Here a string value, or a value object with a
/// string member <c>text</c>, <c>value</c>, <c>answer</c> or <c>choice</c> (or exactly one string member), counts as the text.
/// </remarks>
public static class PromptInput
{
    private static readonly string[] AnswerMembers = ["text", "value", "answer", "choice"];

    /// <summary>The answer as text, or <c>null</c> when the activity carries none.</summary>
    public static string? GetText(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            return activity.Text;
        }

        return activity.Value is { } value ? FromValue(value) : null;
    }

    /// <summary>The culture to understand the answer in: the activity's locale when valid, else <paramref name="defaultLocale"/>.</summary>
    public static CultureInfo GetCulture(Activity activity, string defaultLocale)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.IsNullOrWhiteSpace(activity.Locale))
        {
            try
            {
                var culture = CultureInfo.GetCultureInfo(activity.Locale);
                if (!string.IsNullOrEmpty(culture.Name))
                {
                    return culture;
                }
            }
            catch (CultureNotFoundException)
            {
                // Unknown locales count as missing (spec A3020).
            }
        }

        return CultureInfo.GetCultureInfo(defaultLocale);
    }

    private static string? FromValue(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Object:
                foreach (var name in AnswerMembers)
                {
                    if (value.TryGetProperty(name, out var member) && member.ValueKind == JsonValueKind.String)
                    {
                        return member.GetString();
                    }
                }

                var strings = value.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).Take(2).ToList();
                return strings.Count == 1 ? strings[0].Value.GetString() : null;
            default:
                return null;
        }
    }
}
