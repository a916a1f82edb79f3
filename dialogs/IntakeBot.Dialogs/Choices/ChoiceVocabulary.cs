namespace IntakeBot.Dialogs.Choices;

/// <summary>
/// Small recognizer word lists for matching choices (not user-facing text): filler words that never decide
/// a choice, words that negate the next word, and words that introduce a choice number.
/// </summary>
internal static class ChoiceVocabulary
{
    /// <summary>
    /// Never matched on their own. "een" is here on purpose: the Dutch article must not select choice 1
    /// (botbuilder-dotnet #2956).
    /// </summary>
    public static readonly HashSet<string> FillerWords = new(StringComparer.Ordinal)
    {
        "ik", "je", "jij", "u", "we", "wij", "het", "de", "een", "en", "of", "is", "ben", "wil", "wel", "graag", "dan",
        "die", "dat", "deze", "dit", "mijn", "mn", "m'n", "me", "mij", "van", "voor", "over", "met", "op", "in", "aan",
        "om", "te", "er", "nou", "toch", "maar", "ook", "zo", "eh", "uh", "hoor", "gewoon", "eigenlijk", "denk",
        "the", "a", "an", "i", "to", "of", "it", "my", "want", "would", "like", "please", "is", "and", "or",
    };

    /// <summary>A choice right after one of these is not chosen ("geen klacht").</summary>
    public static readonly HashSet<string> Negations = new(StringComparer.Ordinal) { "geen", "niet", "not", "no", "nee" };

    /// <summary>Words before a number that mean "choice number N" ("nummer 2", "optie 3").</summary>
    public static readonly HashSet<string> NumberPrefixes = new(StringComparer.Ordinal) { "nummer", "nr", "optie", "keuze", "number", "option", "no" };

    /// <summary>Suffixes after digits that make an ordinal ("2e", "3de", "1st").</summary>
    public static readonly string[] OrdinalSuffixes = ["e", "de", "ste", "st", "nd", "rd", "th"];
}
