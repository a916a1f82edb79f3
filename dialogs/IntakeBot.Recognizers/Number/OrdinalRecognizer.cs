using System.Globalization;

namespace IntakeBot.Recognizers.Number;

/// <summary>
/// Finds Dutch ordinals: words ("eerste", "eenentwintigste", "tweeduizend zestiende"), digits with a suffix
/// ("3e", "30ste"), choices ("nummer 2") and relative ordinals ("laatste", "vorige", "twee na laatste").
/// Type <c>ordinal</c> (resolution <c>value</c>, <c>offset</c>, <c>relativeTo</c>) or <c>ordinal.relative</c>.
/// </summary>
public static class OrdinalRecognizer
{
    /// <summary>Returns every ordinal in <paramref name="text"/>, in order of position.</summary>
    /// <param name="text">The user's message; null or empty gives no results.</param>
    /// <param name="culture">nl-NL (default) or en-US.</param>
    public static IReadOnlyList<ModelResult> Recognize(string? text, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var tokens = NumTokenizer.Tokenize(text.Length > NumberRecognizer.MaxInputLength ? text[..NumberRecognizer.MaxInputLength] : text);
        var results = new List<ModelResult>();
        for (var k = 0; k < tokens.Count;)
        {
            if (RelativeOrdinals.Match(tokens, k) is { } relative)
            {
                results.Add(NumberResults.Create(text, tokens[relative.First].Start, tokens[relative.Last].End, "ordinal.relative", relative.Resolution));
                k = relative.Last + 1;
            }
            else if (OrdinalParser.Parse(tokens, k) is { } ordinal)
            {
                results.Add(NumberResults.Create(text, tokens[ordinal.First].Start, tokens[ordinal.Last].End, "ordinal", Resolution(ordinal.Value)));
                k = ordinal.Last + 1;
            }
            else
            {
                k++;
            }
        }

        return results;
    }

    private static Dictionary<string, object?> Resolution(long value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return new Dictionary<string, object?> { ["value"] = text, ["offset"] = text, ["relativeTo"] = "start" };
    }
}
