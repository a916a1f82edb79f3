using System.Globalization;
using System.Text;
using IntakeBot.Content.Model;

namespace IntakeBot.Content.Texts;

/// <summary>Fills <c>{name}</c> placeholders. Dates become e.g. "dinsdag 2 december 2025" in the language's culture.</summary>
public sealed class TextRenderer(TextCatalog texts)
{
    private const string DateFormat = "dddd d MMMM yyyy";

    /// <summary>Renders a text reference in a language and register.</summary>
    public string Render(TextRef text, string language, Register register, bool retry = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var template = texts.Get(language, text.Key, register, retry);
        return Fill(template, text.Arguments, CultureFor(language));
    }

    /// <summary>A date as the texts say it, e.g. "dinsdag 2 december 2025".</summary>
    public static string Date(DateOnly date, string language) => date.ToString(DateFormat, CultureFor(language));

    /// <summary>
    /// Replaces each {name} in <paramref name="template"/> once with its argument (dates as the texts say them in
    /// <paramref name="language"/>); a placeholder without an argument stays as it is, and values are never scanned for
    /// placeholders themselves.
    /// </summary>
    public static string Fill(string template, IReadOnlyList<TextArgument> arguments, string language) =>
        Fill(template, arguments, CultureFor(language));

    internal static string Fill(string template, IReadOnlyList<TextArgument> arguments, CultureInfo culture)
    {
        var result = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                result.Append(template, i, template.Length - i);
                break;
            }

            result.Append(template, i, open - i);
            var name = template.Substring(open + 1, close - open - 1);
            var argument = arguments.FirstOrDefault(a => a.Name == name);
            result.Append(argument is null ? template.Substring(open, close - open + 1) : Format(argument, culture));
            i = close + 1;
        }

        return result.ToString();
    }

    private static string Format(TextArgument argument, CultureInfo culture) =>
        argument.Date is { } date ? date.ToString(DateFormat, culture) : argument.Value ?? string.Empty;

    private static CultureInfo CultureFor(string language) =>
        language == "nl" ? CultureInfo.GetCultureInfo("nl-NL") : CultureInfo.GetCultureInfo("en-GB");
}
