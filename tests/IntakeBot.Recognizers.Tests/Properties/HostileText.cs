using FsCheck;
using FsCheck.Fluent;

namespace IntakeBot.Recognizers.Tests.Properties;

/// <summary>
/// Generates hostile input: fragments that drive the date and number scanners deep (digits, separators, Dutch
/// number and date words) mixed with control characters, emoji, right-to-left text and lone surrogates.
/// </summary>
internal static class HostileText
{
    private static readonly string[] Fragments =
    [
        "", " ", "  ", "\n", "\t", "\0", "\u0001", "\u001b", "\u202e", "\u200f", "\u202f", "\u00a0", "مرحبا", "שלום", "😀", "👍🏽",
        "\uD800", "\uDC00", "\uDBFF", "é", "ë", "3", "12", "2024", "03-02-2025", "3/2", "1.234,5", ",5", "-", "/", ":", ".", ",",
        "%", "^", "e", "'s", "‘s", "avonds", "vandaag", "gisteren", "morgen", "om", "uur", "half", "kwart", "over", "voor", "van",
        "tot", "tussen", "en", "een", "één", "drie", "eenentwintig", "tweeënhalf", "honderd", "duizend", "miljoen", "derde",
        "maart", "dinsdag", "week", "vorige", "volgende", "elke", "sinds", "na", "procent", "nummer", "de", "laatste", "kerst",
        "herfstvakantie", "begin", "eind", "geleden", "dagen", "minuten", "jaar", "(", ")", "=", "~", "+", "k",
    ];

    public static Arbitrary<string> Arbitrary()
    {
        var fragment = Gen.Elements(Fragments);
        var anyChar = Gen.Choose(0, 0xFFFF).Select(i => ((char)i).ToString());
        var piece = Gen.Frequency((4, fragment), (1, anyChar));
        return Gen.ArrayOf(piece).Select(string.Concat).ToArbitrary();
    }

    /// <summary>About 100,000 characters of repeated fragments, deterministic so failures reproduce.</summary>
    public static string Huge()
    {
        var random = new Random(20261122);
        var builder = new System.Text.StringBuilder();
        while (builder.Length < 100_000)
        {
            builder.Append(Fragments[random.Next(Fragments.Length)]).Append(' ');
        }

        return builder.ToString();
    }
}
