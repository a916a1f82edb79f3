using System.Globalization;

namespace IntakeBot.Recognizers.Number;

/// <summary>
/// Basic English numbers for en-US: digits with comma thousands and a decimal point ("1,234.5", "-3") and words
/// ("twenty-one", "three hundred and five"). A lone "a"/"one" article rule is not needed: "a" is never a number here.
/// </summary>
internal static class EnglishNumberScanner
{
    public static IEnumerable<(int Start, int End, double Value)> Scan(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                var start = i > 0 && text[i - 1] == '-' && (i == 1 || char.IsWhiteSpace(text[i - 2])) ? i - 1 : i;
                var end = Digits(text, i);
                if (end < text.Length && char.IsLetter(text[end]))
                {
                    i = end;
                    continue;
                }

                var raw = text[start..end].Replace(",", string.Empty, StringComparison.Ordinal);
                if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                {
                    yield return (start, end, v);
                }

                i = end;
            }
            else if (char.IsLetter(c) && (i == 0 || !char.IsLetter(text[i - 1])) && Words(text, i) is { } words)
            {
                yield return (i, words.End, words.Value);
                i = words.End;
            }
            else
            {
                i++;
            }
        }
    }

    private static int Digits(string text, int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        while (i - start <= 3 && i + 3 < text.Length + 0 && text[i] == ',' && IsGroup(text, i + 1))
        {
            i += 4;
            start = i - 3;
        }

        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        return i;
    }

    private static bool IsGroup(string text, int k) =>
        k + 2 < text.Length && char.IsAsciiDigit(text[k]) && char.IsAsciiDigit(text[k + 1]) && char.IsAsciiDigit(text[k + 2])
        && (k + 3 >= text.Length || !char.IsAsciiDigit(text[k + 3]));

    private static (int End, double Value)? Words(string text, int i)
    {
        long total = 0, group = 0;
        var end = -1;
        var j = i;
        while (j < text.Length)
        {
            var wordEnd = j;
            while (wordEnd < text.Length && char.IsLetter(text[wordEnd]) && wordEnd - j < 20)
            {
                wordEnd++;
            }

            var word = text[j..wordEnd].ToLowerInvariant();
            if (EnglishNumberWords.Basic.TryGetValue(word, out var v))
            {
                group += v;
            }
            else if (EnglishNumberWords.Scales.TryGetValue(word, out var scale) && end >= 0)
            {
                if (scale == 100)
                {
                    group *= 100;
                }
                else
                {
                    total += group * scale;
                    group = 0;
                }
            }
            else if (!(word == "and" && end >= 0))
            {
                break;
            }

            if (word != "and")
            {
                end = wordEnd;
            }

            j = wordEnd;
            if (j < text.Length && (text[j] == ' ' || text[j] == '-'))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        return end < 0 ? null : (end, total + group);
    }
}
