namespace IntakeBot.Recognizers.Choice;

/// <summary>
/// Yes/no words per language, as people type them in chat: informal, misspelt and as emoji.
/// Multi-word entries are matched before single words, so "liever niet" is no and not a stray "niet".
/// No phrase starts with "niet": "niet akkoord" answers as the word "niet", as Recognizers-Text's spec expects.
/// </summary>
internal static class BooleanVocabulary
{
    public static readonly IReadOnlyDictionary<string, bool> Dutch = Build(
        yes: ["ja", "jaa", "jah", "jaja", "jawel", "jazeker", "ja hoor", "ja graag", "jep", "jup", "jip", "jop", "yes", "yep", "yup", "ok", "oke", "okee", "okay", "okey", "okido", "oki", "prima", "zeker", "zeker weten", "natuurlijk", "tuurlijk", "tuelk", "akkoord", "goed", "is goed", "isgoed", "iz goed", "klopt", "dat klopt", "correct", "juist", "precies", "vanzelfsprekend", "graag", "doe maar", "absoluut", "top", "sure", "fix", "deal", "prima zo", "dat is goed", "mag", "mag wel", "dat mag", "uiteraard", "zeker wel", "okidoki", "okiedokie", "klinkt goed", "helemaal goed", "goed hoor", "prima hoor", "is prima", "ja joh", "yess", "jaaa", "yesss", "kan", "kan wel", "ok dan", "oke dan"],
        no: ["nee", "neen", "neej", "nein", "ne", "nah", "neh", "neuh", "nope", "nee hoor", "nee joh", "nee dank je", "nee dankje", "nee dankjewel", "nee bedankt", "niet", "nie", "liever niet", "liever nie", "nooit", "klopt niet", "dat klopt niet", "zeker niet", "absoluut niet", "helemaal niet", "echt niet", "no", "no way", "mag niet", "dat mag niet", "laat maar", "ho maar", "ff niet", "nu niet", "geen zin", "kan niet"]);

    public static readonly IReadOnlyDictionary<string, bool> English = Build(
        yes: ["yes", "yeah", "yea", "yep", "yup", "ya", "ok", "okay", "oke", "k", "sure", "of course", "certainly", "correct", "right", "that's right", "agreed", "fine", "alright", "absolutely", "definitely", "please", "yes please", "go ahead"],
        no: ["no", "nope", "nah", "not", "no thanks", "no thank you", "never", "not really", "rather not", "i'd rather not", "certainly not", "absolutely not", "definitely not", "incorrect", "wrong"]);

    /// <summary>Emoji are language-neutral. Skin-tone modifiers after them are part of the match.</summary>
    public static readonly IReadOnlyDictionary<string, bool> Emoji = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["\U0001F44D"] = true,  // thumbs up
        ["\U0001F44C"] = true,  // OK hand
        ["\u2705"] = true,      // check mark button
        ["\u2714"] = true,      // heavy check mark
        ["\U0001F44E"] = false, // thumbs down
        ["\u274C"] = false,     // cross mark
        ["\u2716"] = false,     // heavy multiplication x
        ["\U0001F645"] = false, // person gesturing no
    };

    private static Dictionary<string, bool> Build(string[] yes, string[] no)
    {
        var table = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var word in yes)
        {
            table[word] = true;
        }

        foreach (var word in no)
        {
            table[word] = false;
        }

        return table;
    }
}
