using System.Collections.Frozen;

namespace IntakeBot.Recognizers.Number;

/// <summary>Dutch number vocabulary: the morphemes compound number words are built from.</summary>
internal static class DutchNumberWords
{
    /// <summary>Units, teens and tens that can stand inside a compound word.</summary>
    public static readonly FrozenDictionary<string, long> Basic = new Dictionary<string, long>
    {
        ["nul"] = 0,
        ["een"] = 1,
        ["één"] = 1,
        ["eén"] = 1,
        ["twee"] = 2,
        ["drie"] = 3,
        ["vier"] = 4,
        ["vijf"] = 5,
        ["zes"] = 6,
        ["zeven"] = 7,
        ["acht"] = 8,
        ["negen"] = 9,
        ["tien"] = 10,
        ["elf"] = 11,
        ["twaalf"] = 12,
        ["dertien"] = 13,
        ["veertien"] = 14,
        ["vijftien"] = 15,
        ["zestien"] = 16,
        ["zeventien"] = 17,
        ["achttien"] = 18,
        ["negentien"] = 19,
        ["twintig"] = 20,
        ["dertig"] = 30,
        ["veertig"] = 40,
        ["vijftig"] = 50,
        ["zestig"] = 60,
        ["zeventig"] = 70,
        ["tachtig"] = 80,
        ["negentig"] = 90,
    }.ToFrozenDictionary();

    /// <summary>Multipliers. "honderd" multiplies the group; the others close a group.</summary>
    public static readonly FrozenDictionary<string, long> Scales = new Dictionary<string, long>
    {
        ["honderd"] = 100,
        ["duizend"] = 1_000,
        ["miljoen"] = 1_000_000,
        ["miljard"] = 1_000_000_000,
        ["biljoen"] = 1_000_000_000_000,
    }.ToFrozenDictionary();

    /// <summary>Connectors inside compounds: "eenentwintig", "tweeëntwintig", "honderdenzes".</summary>
    public static readonly string[] Connectors = ["en", "ën"];

    /// <summary>Ordinal words that do not follow the "-de"/"-ste" rule on a cardinal stem.</summary>
    public static readonly FrozenDictionary<string, string> IrregularOrdinalStems = new Dictionary<string, string>
    {
        ["eerste"] = "een",
        ["derde"] = "drie",
        ["eende"] = "een",
        ["achtste"] = "acht",
    }.ToFrozenDictionary();

    /// <summary>Multiplying nouns: "een dozijn", "een gros".</summary>
    public static readonly FrozenDictionary<string, long> Multipliers = new Dictionary<string, long>
    {
        ["dozijn"] = 12,
        ["dozijnen"] = 12,
        ["gros"] = 144,
    }.ToFrozenDictionary();

    /// <summary>Letter suffixes on digits: "10k", "1,2b".</summary>
    public static readonly FrozenDictionary<string, double> LetterSuffixes = new Dictionary<string, double>
    {
        ["k"] = 1e3,
        ["m"] = 1e6,
        ["g"] = 1e9,
        ["b"] = 1e9,
        ["t"] = 1e12,
    }.ToFrozenDictionary();
}
