using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace IntakeBot.Recognizers.Tests.Properties;

/// <summary>
/// Text that tends to break scanners: fragments that drive the sequence, date and number scanners deep (digits,
/// separators, Dutch number and date words, PII cues) mixed with control characters, emoji, right-to-left text
/// and lone surrogates; plus arbitrary strings and large inputs that would expose super-linear scanning.
/// </summary>
internal static class HostileText
{
    private static readonly string[] Pieces =
    [
        "", " ", "  ", "\n", "\r\n", "\t", "\0", "\u0001", "\u0007", "\u001b", "\u202E", "\u200F", "\u202F", "\u00A0", "\uFEFF", "\uFFFF",
        "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "\u05E9\u05DC\u05D5\u05DD", "\U0001F600", "\U0001F44D", "\U0001F44C\U0001F3FD",
        "\uD800", "\uDC00", "\uDBFF", "é", "ë", "ß", "İ",
        "0", "3", "06", "12", "2024", "+31", "0031", "03-02-2025", "3/2", "3-4-2010", "1.234,5", ",5", "111222333", "12a", "-II",
        "-", "/", ":", ".", "..", ",", "%", "^", "(", ")", "=", "~", "+", "@", "@@", "a", "Z", "e", "k",
        "nl91", "NL91 ABNA 0417 1643 00", "1234 AB", "http://", "https://", "www.", ".nl",
        "ik heet ", "mijn naam is ", "ik ben ", "Sanne", "geboren op ", "straat ", "woon op ", "veilig thuis", "kracht", "ja", "nee",
        "'s", "‘s", "avonds", "vandaag", "gisteren", "morgen", "om", "uur", "half", "kwart", "over", "voor", "van", "tot", "tussen",
        "en", "een", "één", "drie", "eenentwintig", "tweeënhalf", "honderd", "duizend", "miljoen", "derde", "maart", "dinsdag",
        "week", "vorige", "volgende", "elke", "sinds", "na", "procent", "nummer", "de", "laatste", "kerst", "herfstvakantie",
        "begin", "eind", "geleden", "dagen", "minuten", "jaar",
    ];

    /// <summary>Arbitrary strings, strings built from the pieces, and strings of any UTF-16 code units.</summary>
    public static Arbitrary<string> Arbitrary { get; } = Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty),
            Gen.Frequency(
                (4, Gen.Elements(Pieces)),
                (1, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString()))).ArrayOf().Select(string.Concat),
            Gen.Choose(0, 0xFFFF).Select(c => (char)c).ArrayOf().Select(c => new string(c)))
        .ToArbitrary();

    /// <summary>Large inputs (about 100,000 characters) and edge cases.</summary>
    public static TheoryData<string> Samples() => new()
    {
        string.Empty,
        new string('0', 100_000),
        Repeat("a@", 50_000),
        Repeat("a.", 50_000),
        Repeat("06 ", 33_334),
        Repeat("geboren ", 12_500),
        Repeat("ik heet ", 12_500),
        Repeat("1234 AB ", 12_500),
        Repeat("NL91", 25_000),
        Repeat("http://a", 12_500),
        Repeat("veilig thuis ", 7_700),
        Repeat("\U0001F44D", 50_000),
        Repeat("\uD800", 100_000),
        Repeat("\u202E\u0627", 50_000),
        Repeat("\0\u0007", 50_000),
        Huge(),
    };

    /// <summary>About 100,000 characters of the pieces in a fixed random order, so failures reproduce.</summary>
    public static string Huge()
    {
        var random = new Random(20261122);
        var builder = new StringBuilder();
        while (builder.Length < 100_000)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]).Append(' ');
        }

        return builder.ToString();
    }

    private static string Repeat(string piece, int times) => new StringBuilder(piece.Length * times).Insert(0, piece, times).ToString();
}
