using System.Text.RegularExpressions;

namespace IntakeBot.Reliability.Tests.Support;

/// <summary>
/// A whole intake as a young person types it (tests/IntakeBot.Intake.Tests/Transcripts/01, synthetic person): a
/// complaint about Kracht that ends with a submitted case and "Dank je wel".
/// </summary>
internal static partial class IntakeScript
{
    /// <summary>Up to the story: welcome, language, role, organisation, the first part of the story.</summary>
    public static IReadOnlyList<string> Opening { get; } =
        ["hoi", "nederlands", "ik ben jong", "krcht", "mn begeleider schreeuwde tegen me en luisterde nie"];

    /// <summary>From the end of the story to the submitted case and the goodbye.</summary>
    public static IReadOnlyList<string> Closing { get; } =
    [
        "klaar", "ja", "nee", "nee", "mijn begeleider lisa", "sla over", "vorige week dinsdag", "een gesprek en sorry", "ik ben het zelf",
        "Sanne de Vries", "06 12345678", "sanne.devries@example.nl", "ja", "ja", "klopt", "ja", "nee",
    ];

    /// <summary>The whole intake, 23 messages.</summary>
    public static IReadOnlyList<string> Whole { get; } = [.. Opening, "ze deed echt gemeen tegen mij", .. Closing];

    /// <summary>A reply's text with what differs between conversations (the case reference) replaced.</summary>
    public static string Normalise(string? text) => text is null ? string.Empty : Reference().Replace(text, "<reference>");

    [GeneratedRegex(@"\b(KL|BZ|SG|CO|ID)-[0-9A-Z]{4}-[0-9A-Z]{2}\b", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
