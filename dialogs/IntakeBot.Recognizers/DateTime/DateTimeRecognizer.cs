using System.Globalization;
using IntakeBot.Recognizers.Number;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>
/// Finds dates, times, periods, durations and recurring times in Dutch text, resolved against a reference time,
/// with Recognizers-Text datetimeV2 output: type <c>datetimeV2.date|time|datetime|daterange|timerange|datetimerange|
/// duration|set</c> and resolution <c>{"values":[{"timex","type","value"|"start"/"end"}]}</c>. Ambiguous dates
/// ("dinsdag", "3 maart") give two values, past first, then future.
/// </summary>
public static class DateTimeRecognizer
{
    /// <summary>Longest input considered; longer text is cut, so cost stays linear and bounded.</summary>
    public const int MaxInputLength = 100_000;

    /// <summary>Returns every date/time expression in <paramref name="text"/>, in order of position.</summary>
    /// <param name="text">The user's message; null or empty gives no results.</param>
    /// <param name="culture">nl-NL (default); other cultures are read with the Dutch vocabulary.</param>
    /// <param name="reference">The moment "vandaag" and "over een uur" are counted from (from a TimeProvider).</param>
    public static IReadOnlyList<ModelResult> Recognize(string? text, CultureInfo culture, System.DateTime reference)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var scanned = text.Length > MaxInputLength ? text[..MaxInputLength] : text;
        var tokens = NumTokenizer.Tokenize(scanned);
        var context = new DtContext(Clamp(reference));
        var results = new List<ModelResult>();
        for (var k = 0; k < tokens.Count;)
        {
            if (DtRules.Best(tokens, k, context) is { } match)
            {
                results.Add(ToResult(text, tokens, match));
                k = match.Last + 1;
            }
            else
            {
                k++;
            }
        }

        return results;
    }

    /// <summary>Keeps the reference two years inside the calendar so that "volgend jaar" and "vorige week" stay computable.</summary>
    private static System.DateTime Clamp(System.DateTime reference)
    {
        var min = new System.DateTime(3, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var max = new System.DateTime(9996, 12, 31, 0, 0, 0, DateTimeKind.Unspecified);
        return reference < min ? min : reference > max ? max : reference;
    }

    private static ModelResult ToResult(string text, IReadOnlyList<NumToken> tokens, DtMatch match)
    {
        var start = tokens[match.First].Start;
        var end = tokens[match.Last].End;
        var resolution = new Dictionary<string, object?> { ["values"] = match.Values };
        return new ModelResult(text[start..end], start, end - 1, "datetimeV2." + match.Type, resolution);
    }
}
