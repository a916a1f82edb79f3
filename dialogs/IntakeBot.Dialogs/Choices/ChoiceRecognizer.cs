using System.Globalization;
using IntakeBot.Dialogs.Text;

namespace IntakeBot.Dialogs.Choices;

/// <summary>Finds which choice an answer means: by number, exact text, synonym, words inside a sentence, or with small typos.</summary>
/// <remarks>
/// A number chooses only when it is the whole answer ("2", "nummer 2", "2e", or an ordinal the optional ordinal
/// recognizer finds, such as "de tweede"), so "ik heb een klacht" never selects choice 1. A choice preceded by a
/// negation ("geen klacht") is not chosen. When two choices match equally well, nothing is chosen, so the prompt
/// asks again instead of guessing.
/// </remarks>
public static class ChoiceRecognizer
{
    /// <summary>Recognises a choice in <paramref name="text"/>, or returns <c>null</c>.</summary>
    /// <param name="text">The answer.</param>
    /// <param name="choices">The options.</param>
    /// <param name="culture">The answer's culture, passed to <paramref name="ordinalRecognizer"/>.</param>
    /// <param name="ordinalRecognizer">Optional: finds a 1-based position in a whole answer ("de eerste").</param>
    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices, CultureInfo culture, Func<string, CultureInfo, int?>? ordinalRecognizer = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var tokens = TextNormalizer.Tokenize(text);
        if (tokens.Count == 0 || choices.Count == 0)
        {
            return null;
        }

        var position = ReadPosition(tokens) ?? (text is null ? null : ordinalRecognizer?.Invoke(text, culture));
        if (position is >= 1 && position <= choices.Count)
        {
            var chosen = choices[position.Value - 1];
            return new FoundChoice(chosen.Value, position.Value - 1, 1.0, chosen.Value);
        }

        FoundChoice? best = null;
        var tie = false;
        for (var index = 0; index < choices.Count; index++)
        {
            foreach (var term in Terms(choices[index]))
            {
                var score = Score(tokens, TextNormalizer.Tokenize(term));
                if (score <= 0 || (best is not null && best.Index == index && score <= best.Score))
                {
                    continue;
                }

                if (best is null || score > best.Score + 1e-9)
                {
                    tie = best is not null && best.Index != index && Math.Abs(best.Score - score) < 1e-9;
                    best = new FoundChoice(choices[index].Value, index, score, term);
                }
                else if (Math.Abs(score - best.Score) < 1e-9 && best.Index != index)
                {
                    tie = true;
                }
            }
        }

        return tie ? null : best;
    }

    private static IEnumerable<string> Terms(Choice choice)
    {
        yield return choice.Value;
        if (choice.Action?.Title is { } title)
        {
            yield return title;
        }

        foreach (var synonym in choice.Synonyms ?? [])
        {
            yield return synonym;
        }
    }

    private static int? ReadPosition(IReadOnlyList<string> tokens)
    {
        var number = tokens.Count switch
        {
            1 => tokens[0],
            2 when ChoiceVocabulary.NumberPrefixes.Contains(tokens[0]) => tokens[1],
            _ => null,
        };
        if (number is null)
        {
            return null;
        }

        var digits = number.TrimEnd('e', 'd', 's', 't', 'n', 'r', 'h');
        var suffix = number[digits.Length..];
        if (digits.Length is 0 or > 3 || !digits.All(char.IsAsciiDigit) || (suffix.Length > 0 && !ChoiceVocabulary.OrdinalSuffixes.Contains(suffix)))
        {
            return null;
        }

        return int.Parse(digits, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// 1 for an exact answer; otherwise the share of the answer's meaningful words the term covers, scaled down
    /// (0.9 for the whole term as a phrase, 0.8 for its meaningful words in any order). 0 when it does not match.
    /// </summary>
    private static double Score(IReadOnlyList<string> answer, IReadOnlyList<string> term)
    {
        if (term.Count == 0)
        {
            return 0;
        }

        if (answer.Count == term.Count && answer.Zip(term).All(p => WordTypos.IsCloseEnough(p.First, p.Second)))
        {
            return answer.SequenceEqual(term) ? 1.0 : 0.95;
        }

        var meaningfulAnswer = Math.Max(1, answer.Count(t => !ChoiceVocabulary.FillerWords.Contains(t)));
        var phraseAt = FindPhrase(answer, term);
        if (phraseAt >= 0 && !IsNegated(answer, phraseAt))
        {
            return 0.9 * Math.Min(1.0, (double)term.Count / meaningfulAnswer);
        }

        var meaningfulTerm = term.Where(t => !ChoiceVocabulary.FillerWords.Contains(t)).ToList();
        if (meaningfulTerm.Count == 0)
        {
            return 0;
        }

        foreach (var word in meaningfulTerm)
        {
            var at = IndexOfWord(answer, word);
            if (at < 0 || IsNegated(answer, at))
            {
                return 0;
            }
        }

        return 0.8 * Math.Min(1.0, (double)meaningfulTerm.Count / meaningfulAnswer);
    }

    private static int FindPhrase(IReadOnlyList<string> answer, IReadOnlyList<string> term)
    {
        for (var start = 0; start + term.Count <= answer.Count; start++)
        {
            var all = true;
            for (var k = 0; k < term.Count && all; k++)
            {
                all = WordTypos.IsCloseEnough(answer[start + k], term[k]);
            }

            if (all)
            {
                return start;
            }
        }

        return -1;
    }

    private static int IndexOfWord(IReadOnlyList<string> answer, string word)
    {
        for (var i = 0; i < answer.Count; i++)
        {
            if (WordTypos.IsCloseEnough(answer[i], word))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsNegated(IReadOnlyList<string> answer, int index) =>
        index > 0 && ChoiceVocabulary.Negations.Contains(answer[index - 1]);
}
