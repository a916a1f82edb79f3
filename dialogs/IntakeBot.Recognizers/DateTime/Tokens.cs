using IntakeBot.Recognizers.Number;

namespace IntakeBot.Recognizers.DateTime;

/// <summary>Bounds-safe helpers over the token list shared with the number recognizer.</summary>
internal static class Tokens
{
    public static bool Word(IReadOnlyList<NumToken> t, int k, string word) => k >= 0 && k < t.Count && t[k].IsWord(word);

    public static bool AnyWord(IReadOnlyList<NumToken> t, int k, params ReadOnlySpan<string> words)
    {
        if (k < 0 || k >= t.Count || t[k].Kind != NumTokenKind.Word)
        {
            return false;
        }

        foreach (var w in words)
        {
            if (t[k].Text == w)
            {
                return true;
            }
        }

        return false;
    }

    public static bool Symbol(IReadOnlyList<NumToken> t, int k, char c) => k >= 0 && k < t.Count && t[k].IsSymbol(c);

    public static bool Adjacent(IReadOnlyList<NumToken> t, int a, int b) => a >= 0 && b < t.Count && t[a].End == t[b].Start;

    /// <summary>Plain digits token with 1..maxLength digits.</summary>
    public static int? Digits(IReadOnlyList<NumToken> t, int k, int maxLength)
    {
        if (k < 0 || k >= t.Count || t[k].Kind != NumTokenKind.Digits || !t[k].PlainInteger || t[k].Text.Length > maxLength
            || !t[k].Text.All(char.IsAsciiDigit))
        {
            return null;
        }

        return (int)t[k].Value;
    }

    /// <summary>A small count written in digits or words ("3", "drie", "een", "paar"), with the tokens it used.</summary>
    public static (double Value, int Last)? Count(IReadOnlyList<NumToken> t, int k)
    {
        if (Digits(t, k, 4) is { } d)
        {
            return (d, k);
        }

        if (k >= 0 && k < t.Count && t[k].Kind == NumTokenKind.Digits && !t[k].PlainInteger && t[k].Value is > 0 and < 10000 && t[k].Text.Contains(','))
        {
            return (t[k].Value, k);
        }

        if (AnyWord(t, k, "een", "het", "de") && AnyWord(t, k + 1, "hele", "heel"))
        {
            return (1, k + 1);
        }

        if (Word(t, k, "een") && Word(t, k + 1, "half"))
        {
            return (0.5, k + 1);
        }

        if (Word(t, k, "half"))
        {
            return (0.5, k);
        }

        if (Word(t, k, "een") && Word(t, k + 1, "paar"))
        {
            return (2, k + 1);
        }

        if (k >= 0 && k < t.Count && t[k].Kind == NumTokenKind.Word)
        {
            var w = t[k].Text;
            if (DateTimeWords.VagueCounts.TryGetValue(w, out var vague))
            {
                return (vague, k);
            }

            if ((w.EndsWith("half", StringComparison.Ordinal) || w.EndsWith("halve", StringComparison.Ordinal) || w.EndsWith("kwart", StringComparison.Ordinal))
                && NumberWordForms.ParseFractionWord(w) is { } f)
            {
                return (f, k);
            }

            if (t[k].Cardinal is var n and >= 0 and < 10000)
            {
                return (n, k);
            }
        }

        return null;
    }
}
