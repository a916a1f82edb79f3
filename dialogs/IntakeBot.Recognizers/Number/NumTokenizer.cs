using System.Globalization;

namespace IntakeBot.Recognizers.Number;

/// <summary>
/// Splits text into words, numeric literals and symbols in one linear pass. Numeric literals follow Dutch
/// conventions: "1.234,5" (dot groups thousands, comma is decimal), "1 234 567" (space groups), ",08",
/// exponents ("1e10", "1,1^23").
/// </summary>
internal static class NumTokenizer
{
    /// <summary>Longest word considered; longer letter runs are kept as one token but never valued.</summary>
    public const int MaxWordLength = 80;

    public static List<NumToken> Tokenize(string text)
    {
        var tokens = new List<NumToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetter(text[i]) || char.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark))
                {
                    i++;
                }

                var word = text[start..i].ToLowerInvariant();
                tokens.Add(new NumToken(NumTokenKind.Word, word, start, i, 0, false)
                {
                    Cardinal = CompoundNumberParser.ParseWord(word) ?? -1,
                    Ordinal = NumberWordForms.ParseOrdinalWord(word) ?? -1,
                });
            }
            else if (IsDigit(c) || (c == ',' && i + 1 < text.Length && IsDigit(text[i + 1]) && (i == 0 || !IsDigit(text[i - 1]))))
            {
                var (end, value, plain) = ScanNumeric(text, i);
                tokens.Add(new NumToken(NumTokenKind.Digits, text[i..end], i, end, value, plain));
                i = end;
            }
            else
            {
                var len = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                tokens.Add(new NumToken(NumTokenKind.Symbol, text.Substring(i, len), i, i + len, 0, false));
                i += len;
            }
        }

        return tokens;
    }

    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static (int End, double Value, bool Plain) ScanNumeric(string text, int start)
    {
        var i = start;
        var integerDigits = new System.Text.StringBuilder();
        var plain = true;
        if (text[i] != ',')
        {
            var runStart = i;
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }

            integerDigits.Append(text, runStart, i - runStart);
            if (i - runStart <= 3)
            {
                i = ScanGroups(text, i, integerDigits);
            }
        }
        else
        {
            integerDigits.Append('0');
        }

        var number = integerDigits.ToString();
        if (i + 1 < text.Length && text[i] == ',' && IsDigit(text[i + 1]))
        {
            var fracStart = ++i;
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }

            number += "." + text[fracStart..i];
            plain = false;
        }

        var value = double.Parse(number.Length > 300 ? "0" : number, NumberStyles.Float, CultureInfo.InvariantCulture);
        (i, value, var changed) = ScanExponent(text, i, value);
        return (i, value, plain && !changed);
    }

    private static int ScanGroups(string text, int i, System.Text.StringBuilder digits)
    {
        // Dot groups ("1.234") or space groups ("1 234"): exactly three digits, not followed by another digit.
        foreach (var separator in new[] { '.', ' ', '\u202f', '\u00a0' })
        {
            var j = i;
            var groups = 0;
            while (j < text.Length && text[j] == separator && IsThreeDigitGroup(text, j + 1))
            {
                digits.Append(text, j + 1, 3);
                j += 4;
                groups++;
            }

            if (groups > 0)
            {
                return j;
            }
        }

        return i;
    }

    private static bool IsThreeDigitGroup(string text, int k) =>
        k + 2 < text.Length && IsDigit(text[k]) && IsDigit(text[k + 1]) && IsDigit(text[k + 2])
        && (k + 3 >= text.Length || !IsDigit(text[k + 3]));

    private static (int End, double Value, bool Changed) ScanExponent(string text, int i, double value)
    {
        if (i < text.Length && (text[i] == 'e' || text[i] == 'E' || text[i] == '^'))
        {
            var power = text[i] == '^';
            var j = i + 1;
            var negative = false;
            while (j < text.Length && (text[j] == '+' || text[j] == '-') && j - i <= 3)
            {
                negative ^= text[j] == '-';
                j++;
            }

            var expStart = j;
            while (j < text.Length && IsDigit(text[j]) && j - expStart < 4)
            {
                j++;
            }

            if (j > expStart && (j >= text.Length || !char.IsLetterOrDigit(text[j])))
            {
                var exponent = int.Parse(text[expStart..j], CultureInfo.InvariantCulture) * (negative ? -1 : 1);
                var result = power ? Math.Pow(value, exponent) : value * Math.Pow(10, exponent);
                return (j, result, true);
            }
        }

        return (i, value, false);
    }
}
