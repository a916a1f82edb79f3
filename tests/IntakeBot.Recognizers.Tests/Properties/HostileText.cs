using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace IntakeBot.Recognizers.Tests.Properties;

/// <summary>Generators and fixed samples of text that tends to break scanners.</summary>
internal static class HostileText
{
    private static readonly string[] Pieces =
    [
        "0", "06", "+31", "0031", "(", ")", "-", ".", " ", "/", "@", "@@", "a", "Z", "nl91", "NL91 ABNA 0417 1643 00", "1234 AB",
        "111222333", "12a", "-II", "http://", "https://", "www.", ".nl", "..", "ik heet ", "mijn naam is ", "ik ben ", "Sanne",
        "geboren op ", "3-4-2010", "straat ", "woon op ", "veilig thuis", "kracht", "ja", "nee", "\U0001F44D", "\U0001F44C\U0001F3FD",
        "\uD800", "\uDC00", "\u202E", "\u200F", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "\u05E9\u05DC\u05D5\u05DD", "\0", "\u0007",
        "\r\n", "\t", "\u00A0", "é", "ß", "İ", "\uFFFF", "\uFEFF",
    ];

    /// <summary>Arbitrary strings mixed with strings built from tricky pieces.</summary>
    public static Arbitrary<string> Arbitrary { get; } = Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty),
            Gen.Elements(Pieces).ListOf().Select(p => string.Concat(p)),
            Gen.Choose(0, 0xFFFF).Select(c => (char)c).ArrayOf().Select(c => new string(c)))
        .ToArbitrary();

    /// <summary>Large inputs (100,000 characters) and edge cases that would expose super-linear scanning.</summary>
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>
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
        };
        return data;
    }

    private static string Repeat(string piece, int times) => new StringBuilder(piece.Length * times).Insert(0, piece, times).ToString();
}
