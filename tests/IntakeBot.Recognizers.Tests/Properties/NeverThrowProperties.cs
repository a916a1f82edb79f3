using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using IntakeBot.Recognizers.Choice;
using IntakeBot.Recognizers.Organisation;
using IntakeBot.Recognizers.Pii;
using IntakeBot.Recognizers.Sequence;
using IntakeBot.Recognizers.Tests.Organisation;

namespace IntakeBot.Recognizers.Tests.Properties;

/// <summary>No recognizer or the redactor throws on any string, and every span lies inside the text it came from.</summary>
public sealed class NeverThrowProperties
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly OrganisationNameRecognizer Organisations = TestOrganisations.Recognizer;

    private static readonly Func<string, IReadOnlyList<ModelResult>>[] Recognizers =
    [
        PhoneNumberRecognizer.Recognize, EmailRecognizer.Recognize, UrlRecognizer.Recognize, PostcodeRecognizer.Recognize,
        HouseNumberRecognizer.Recognize, BsnRecognizer.Recognize, IbanRecognizer.Recognize,
        text => BooleanRecognizer.RecognizeModelResults(text, Dutch), Organisations.RecognizeModelResults,
    ];

    [Fact]
    public void Recognizers_ArbitraryText_SpansInsideText() =>
        Prop.ForAll(HostileText.Arbitrary, text => Recognizers.All(r => SpansValid(text, r(text)))).QuickCheckThrowOnFailure();

    [Fact]
    public void Redactor_ArbitraryText_SpansOrderedAndInsideText() =>
        Prop.ForAll(HostileText.Arbitrary, HostileText.Arbitrary, (text, known) =>
            RedactionValid(text, PiiRedactor.Redact(text, [new KnownPiiValue(known, PiiKind.Name, "p")]))).QuickCheckThrowOnFailure();

    [Theory]
    [MemberData(nameof(HostileText.Samples), MemberType = typeof(HostileText))]
    public void LargeAndOddInputs_DoNotThrow(string text)
    {
        foreach (var recognize in Recognizers)
        {
            Assert.True(SpansValid(text, recognize(text)));
        }

        Assert.True(RedactionValid(text, PiiRedactor.Redact(text, [new KnownPiiValue("a", PiiKind.Name, "p"), new KnownPiiValue("06", PiiKind.PhoneNumber, "q")])));
    }

    private static bool SpansValid(string text, IReadOnlyList<ModelResult> results) =>
        results.All(r => r.Start >= 0 && r.End >= r.Start && r.End < text.Length && r.Text == text[r.Start..(r.End + 1)]);

    private static bool RedactionValid(string text, RedactionResult result)
    {
        var previousEnd = -1;
        foreach (var span in result.Spans)
        {
            if (span.Start <= previousEnd || span.End < span.Start || span.End >= text.Length)
            {
                return false;
            }

            previousEnd = span.End;
        }

        return result.Spans.Count > 0 || result.RedactedText == text;
    }
}
