using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using IntakeBot.Recognizers.DateTime;
using IntakeBot.Recognizers.Number;

namespace IntakeBot.Recognizers.Tests.Properties;

/// <summary>No input makes the number, ordinal, percentage or date recognizers throw, and every span is honest.</summary>
public sealed class RecognizerPropertyTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly System.DateTime Reference = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Unspecified);

    private static readonly Func<string, IReadOnlyList<ModelResult>>[] Recognizers =
    [
        s => NumberRecognizer.Recognize(s, Dutch),
        s => NumberRecognizer.Recognize(s, CultureInfo.GetCultureInfo("en-US")),
        s => OrdinalRecognizer.Recognize(s, Dutch),
        s => PercentageRecognizer.Recognize(s, Dutch),
        s => DateTimeRecognizer.Recognize(s, Dutch, Reference),
        s => DateTimeRecognizer.Recognize(s, Dutch, System.DateTime.MaxValue.AddDays(-1)),
        s => DateTimeRecognizer.Recognize(s, Dutch, System.DateTime.MinValue.AddDays(1)),
    ];

    [Fact]
    public void HostileTextNeverThrowsAndSpansMatchTheText() =>
        Prop.ForAll(HostileText.Arbitrary, text => Recognizers.All(r => SpansAreHonest(text, r(text))))
            .QuickCheckThrowOnFailure();

    [Fact]
    public void ArbitraryStringsNeverThrow() =>
        Prop.ForAll<string>(text => Recognizers.All(r => SpansAreHonest(text ?? string.Empty, r(text ?? string.Empty))))
            .QuickCheckThrowOnFailure();

    [Fact]
    public void HugeInputIsHandled()
    {
        var text = HostileText.Huge();

        foreach (var recognize in Recognizers)
        {
            Assert.True(SpansAreHonest(text, recognize(text)));
        }
    }

    [Fact]
    public void EmptyAndNullGiveNothing()
    {
        Assert.Empty(NumberRecognizer.Recognize(null, Dutch));
        Assert.Empty(DateTimeRecognizer.Recognize(string.Empty, Dutch, Reference));
        Assert.Empty(OrdinalRecognizer.Recognize(string.Empty, Dutch));
        Assert.Empty(PercentageRecognizer.Recognize(null, Dutch));
    }

    private static bool SpansAreHonest(string text, IReadOnlyList<ModelResult> results)
    {
        var previousEnd = -1;
        foreach (var r in results)
        {
            if (r.Start < 0 || r.End >= text.Length || r.End < r.Start || r.Start <= previousEnd
                || r.Text != text.Substring(r.Start, r.End - r.Start + 1))
            {
                return false;
            }

            previousEnd = r.End;
        }

        return true;
    }
}
