using System.Text;

namespace IntakeBot.Recognizers.Sequence;

/// <summary>
/// Finds phone numbers: Dutch mobile (06), landline with area code, 0800/0900 service numbers, +31 and 0031 forms
/// (also with "(0)"), and other international numbers written with + or 00. Accepts spaces, dashes, dots, slashes and
/// brackets between digit groups ("0612 34 56 78", "+31 6 12345678", "(070) 123 45 67", "(+31)12-3456789").
/// </summary>
/// <remarks>
/// A hand-written scanner: each candidate looks at most <see cref="MaxDigits"/> digits, so the whole scan is linear.
/// Type name <c>phonenumber</c>; resolution <c>value</c> (the text as written, as in Recognizers-Text) and
/// <c>normalized</c> (E.164, for example <c>+31612345678</c>).
/// </remarks>
public static class PhoneNumberRecognizer
{
    /// <summary>The type name of results, as in Recognizers-Text.</summary>
    public const string TypeName = "phonenumber";

    private const int MaxDigits = 16;
    private const int MaxSeparatorRun = 3;

    /// <summary>Finds all phone numbers in <paramref name="text"/>, left to right, without overlaps.</summary>
    public static IReadOnlyList<ModelResult> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var results = new List<ModelResult>();
        var i = 0;
        while (i < text.Length)
        {
            if (IsCandidateStart(text, i) && TryMatchAt(text, i, out var end, out var normalized))
            {
                var start = i;
                results.Add(CharClass.Result(text, start, end, TypeName, new Dictionary<string, object?>
                {
                    ["value"] = text[start..end],
                    ["normalized"] = normalized,
                }));
                i = end;
                continue;
            }

            i++;
        }

        return results;
    }

    private static bool IsCandidateStart(string text, int i)
    {
        var c = text[i];
        if (c is not ('+' or '(' or '0'))
        {
            return false;
        }

        // Not in the middle of a word or of a longer digit sequence such as "12-0612345678".
        var gluedToWord = CharClass.IsWordAt(text, i - 1);
        var gluedToDigits = i > 1 && text[i - 1] is '+' or '-' or '/' or '.' && CharClass.IsAsciiDigit(text[i - 2]);
        if (gluedToWord || gluedToDigits)
        {
            return false;
        }

        return c != '(' || (i + 1 < text.Length && text[i + 1] is '+' or '0');
    }

    /// <summary>Collects digit groups from <paramref name="start"/>, then keeps the longest prefix that is a valid number.</summary>
    private static bool TryMatchAt(string text, int start, out int end, out string normalized)
    {
        end = 0;
        normalized = string.Empty;
        var digits = new StringBuilder(MaxDigits + 1);
        var groupEnds = new List<(int TextEnd, int DigitCount)>();
        var plus = false;
        var openBrackets = 0;
        var i = start;
        while (i < text.Length && digits.Length <= MaxDigits)
        {
            var c = text[i];
            if (CharClass.IsAsciiDigit(c))
            {
                digits.Append(c);
                i++;
                if (i >= text.Length || !CharClass.IsAsciiDigit(text[i]))
                {
                    var textEnd = i < text.Length && text[i] == ')' && openBrackets > 0 ? i + 1 : i;
                    groupEnds.Add((textEnd, digits.Length));
                }

                continue;
            }

            if (c == '+' && digits.Length == 0 && !plus)
            {
                plus = true;
                i++;
                continue;
            }

            var run = 0;
            var j = i;
            while (j < text.Length && run < MaxSeparatorRun && IsSeparator(text[j]))
            {
                openBrackets += text[j] == '(' ? 1 : text[j] == ')' ? -1 : 0;
                j++;
                run++;
            }

            if (run == 0 || j >= text.Length || !(CharClass.IsAsciiDigit(text[j]) || (text[j] == '+' && digits.Length == 0)))
            {
                break;
            }

            i = j;
        }

        for (var g = groupEnds.Count - 1; g >= 0; g--)
        {
            var (textEnd, count) = groupEnds[g];
            if (CharClass.IsWordAt(text, textEnd) || (textEnd < text.Length && text[textEnd] is '@'))
            {
                continue;
            }

            if (PhoneNumberRules.TryNormalize(digits.ToString(0, count), plus, out normalized))
            {
                end = textEnd;
                return true;
            }
        }

        return false;
    }

    private static bool IsSeparator(char c) => c is ' ' or '-' or '.' or '/' or '(' or ')' or '\u00A0' or '\u2011' or '\u2013';
}
