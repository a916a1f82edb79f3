using System.Globalization;
using System.Text;

namespace IntakeBot.Content.Tests.Texts;

/// <summary>
/// Flesch-Douma and LIX for Dutch (facts.md § 4.3):
/// Flesch-Douma = 206,835 − 0,93 × (words/sentence) − 77 × (syllables/word);
/// LIX = words/sentences + 100 × (words of 7+ letters / words).
/// Syllables are vowel groups (a diaeresis starts a new one); a number counts as one word of one syllable;
/// a placeholder {x} counts as the one-syllable word it stands for. Sentences end at . ! ? : or a line break.
/// </summary>
internal static class Readability
{
    private const string Vowels = "aeiouyàáâäèéêëìíîïòóôöùúûü";
    private const string Diaeresis = "äëïöü";

    public static ReadabilityScore Score(string text)
    {
        var sentences = Sentences(Placeholders(text));
        var words = sentences.SelectMany(s => s).ToList();
        if (words.Count == 0)
        {
            return new ReadabilityScore(0, 0, 0, 0, 0);
        }

        var syllables = words.Sum(Syllables);
        var longWords = words.Count(w => Letters(w) >= 7);
        var wordsPerSentence = (double)words.Count / sentences.Count;
        var fleschDouma = 206.835 - (0.93 * wordsPerSentence) - (77.0 * syllables / words.Count);
        var lix = wordsPerSentence + (100.0 * longWords / words.Count);
        return new ReadabilityScore(fleschDouma, lix, sentences.Max(s => s.Count), words.Count, sentences.Count);
    }

    internal static int Syllables(string word)
    {
        var count = 0;
        var previousVowel = false;
        foreach (var c in word.ToLower(CultureInfo.GetCultureInfo("nl-NL")))
        {
            var vowel = Vowels.Contains(c, StringComparison.Ordinal);
            if (vowel && (!previousVowel || Diaeresis.Contains(c, StringComparison.Ordinal)))
            {
                count++;
            }

            previousVowel = vowel;
        }

        return Math.Max(count, 1);
    }

    private static int Letters(string word) => word.Count(char.IsLetterOrDigit);

    private static string Placeholders(string text)
    {
        var result = new StringBuilder(text.Length);
        var inside = false;
        foreach (var c in text)
        {
            if (c == '{')
            {
                inside = true;
                result.Append("dit");
            }
            else if (c == '}')
            {
                inside = false;
            }
            else if (!inside)
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static List<List<string>> Sentences(string text)
    {
        var sentences = new List<List<string>>();
        var current = new List<string>();
        foreach (var token in text.Split([' ', '\t', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                     .SelectMany(t => SplitLines(t)))
        {
            if (token == "\n")
            {
                Close(sentences, ref current);
                continue;
            }

            if (token.Any(char.IsLetterOrDigit))
            {
                current.Add(token);
            }

            if (token[^1] is '.' or '!' or '?' or ':')
            {
                Close(sentences, ref current);
            }
        }

        Close(sentences, ref current);
        return sentences;
    }

    private static IEnumerable<string> SplitLines(string token)
    {
        var parts = token.Split('\n');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                yield return "\n";
            }

            if (parts[i].Length > 0)
            {
                yield return parts[i];
            }
        }
    }

    private static void Close(List<List<string>> sentences, ref List<string> current)
    {
        if (current.Count > 0)
        {
            sentences.Add(current);
            current = [];
        }
    }
}
