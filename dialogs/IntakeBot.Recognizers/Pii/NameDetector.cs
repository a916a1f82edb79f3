namespace IntakeBot.Recognizers.Pii;

/// <summary>
/// Finds names introduced by a cue: "ik heet …", "mijn naam is …", "naam: …", "my name is …" (strong cues, any case),
/// and "ik ben …", "I'm …", "moeder van …", "mijn begeleider …" (weak cues: only a capitalised word that is not a
/// common word counts as a name). Names without any cue are not found; known values from a name prompt cover those.
/// </summary>
internal static class NameDetector
{
    private const int MaxNameWords = 4;

    private static readonly string[][] StrongCues =
    [
        ["ik", "heet"], ["ik", "hiet"], ["ik", "heten"], ["heet", "ik"], ["mijn", "naam", "is"], ["mn", "naam", "is"],
        ["m'n", "naam", "is"], ["me", "naam", "is"], ["mijn", "naam"], ["naam", "is"], ["naam"], ["noem", "me"], ["noemen", "me"],
        ["my", "name", "is"], ["call", "me"], ["voornaam"], ["achternaam"],
    ];

    private static readonly string[][] WeakCues =
    [
        ["ik", "ben"], ["ikben"], ["i", "am"], ["i'm"], ["im"], ["moeder", "van"], ["vader", "van"], ["ouder", "van"], ["mama", "van"],
        ["papa", "van"], ["mijn", "zoon"], ["mijn", "dochter"], ["mijn", "broer"], ["mijn", "zus"], ["mijn", "begeleider"],
        ["mijn", "mentor"], ["mijn", "voogd"], ["mijn", "vriend"], ["mijn", "vriendin"], ["mijn", "stiefvader"], ["mijn", "stiefmoeder"],
        ["mn", "begeleider"], ["mn", "broer"], ["mn", "zus"],
    ];

    private static readonly HashSet<string> Particles = new(
        ["van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "in", "la", "le", "du", "da", "di", "el", "op", "vd", "v/d"],
        StringComparer.Ordinal);

    /// <summary>Words that follow a cue but are not names (feelings, function words, frequent chat verbs).</summary>
    private static readonly HashSet<string> NotNames = new(
        ["en", "ik", "jij", "je", "hij", "zij", "ze", "wij", "we", "het", "een", "de", "dat", "die", "dit", "deze", "niet", "wel", "al",
         "nog", "ook", "maar", "want", "dus", "of", "om", "is", "ben", "was", "heb", "had", "woon", "zit", "ga", "kom", "wil", "moet",
         "kan", "mag", "zeg", "zei", "hoor", "hallo", "hoi", "hey", "hee", "doei", "jaar", "oud", "bang", "boos", "moe", "blij", "ziek",
         "klaar", "verdrietig", "alleen", "thuis", "hier", "daar", "er", "zo", "te", "echt", "heel", "best", "gewoon", "net", "bij",
         "op", "in", "van", "voor", "naar", "met", "uit", "over", "aan", "moeder", "vader", "mama", "papa", "mam", "pap", "ouder",
         "oma", "opa", "zus", "broer", "pleegmoeder", "pleegvader", "pleegouder", "voogd", "jongen", "meisje", "leerling", "student",
         "nu", "soms", "vaak", "altijd", "nooit", "erg", "super", "zeer", "the", "a", "an", "not", "so", "very", "here", "from",
         "sorry", "bezig", "aan", "het", "jou", "u", "uw", "haar", "hem", "ons", "jullie", "hun", "mijn", "mn", "naam", "dank", "bedankt",
         "ja", "nee", "oke", "ok", "graag", "is", "niks", "niemand", "iemand", "anoniem", "benieuwd", "geen", "onder", "boven",
         "nederlands", "nederlandse", "klaar", "benauwd", "eenzaam", "gelukkig", "ongelukkig", "zwanger", "gepest", "vergeten"],
        StringComparer.Ordinal);

    public static IEnumerable<(int Start, int End)> Find(List<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var strong = CueLength(words, i, StrongCues);
            var weak = strong == 0 ? CueLength(words, i, WeakCues) : 0;
            var cue = Math.Max(strong, weak);
            if (cue == 0)
            {
                continue;
            }

            var end = NameEnd(words, i + cue, strong > 0);
            if (end > i + cue)
            {
                yield return (words[i + cue].Start, words[end - 1].End);
                i = end - 1;
            }
        }
    }

    private static int CueLength(List<Word> words, int at, string[][] cues)
    {
        var best = 0;
        foreach (var cue in cues)
        {
            if (cue.Length > best && at + cue.Length <= words.Count && Matches(words, at, cue))
            {
                best = cue.Length;
            }
        }

        return best;
    }

    private static bool Matches(List<Word> words, int at, string[] cue)
    {
        for (var k = 0; k < cue.Length; k++)
        {
            if (!string.Equals(words[at + k].Text, cue[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The exclusive word index where the name that starts at <paramref name="first"/> ends.</summary>
    private static int NameEnd(List<Word> words, int first, bool strong)
    {
        if (first >= words.Count || !IsNameWord(words[first], strong))
        {
            return first;
        }

        var capitalised = words[first].IsCapitalized;
        var end = first + 1;
        var j = end;
        var count = 1;
        while (j < words.Count && count < MaxNameWords && words[j].Start - words[j - 1].End == 1)
        {
            if (Particles.Contains(words[j].Lower))
            {
                j++;
                continue;
            }

            var next = words[j];
            if (!IsNameWord(next, strong) || (capitalised && !next.IsCapitalized))
            {
                break;
            }

            end = j + 1;
            j = end;
            count++;
        }

        return end;
    }

    private static bool IsNameWord(Word word, bool strong) =>
        word.IsAlphabetic && word.Text.Length >= 2 && !NotNames.Contains(word.Lower) && (strong || word.IsCapitalized);
}
