using FsCheck;
using FsCheck.Fluent;
using IntakeBot.Understanding.Classification;
using IntakeBot.Understanding.Crisis;
using IntakeBot.Understanding.Signals;

namespace IntakeBot.Understanding.Tests;

/// <summary>No input may make the classifier, the crisis detector or the signals throw.</summary>
public sealed class RobustnessProperties
{
    private static readonly MessageClassifier Classifier = TestContent.Classifier;
    private static readonly CrisisDetector Crisis = new(TestContent.Content);
    private static readonly LanguageDetector Language = new(TestContent.Content);
    private static readonly SentimentAnalyzer Sentiment = new(TestContent.Content);

    /// <summary>Any UTF-16 unit, lone surrogates included, mixed with words, emoji and right-to-left text.</summary>
    private static readonly Arbitrary<string> AnyText = Gen.OneOf(
            Gen.Choose(0, 0xFFFF).Select(i => ((char)i).ToString()),
            Gen.Elements("ik wil dood", " ", "mn", "😡", "🏳️‍🌈", "\u202Eمرحبا", "שלום", "\0", "\t\r\n", "\uD800", "\uDC00", "ééé", "dood van het lachen", "*", "$"))
        .ListOf()
        .Select(parts => string.Concat(parts))
        .ToArbitrary();

    [Fact]
    public void NothingThrowsOnAnyText() =>
        Prop.ForAll(AnyText, text =>
        {
            var result = Classifier.Classify(text);
            _ = Crisis.Detect(text);
            _ = Language.Detect(text);
            var sentiment = Sentiment.Analyze(text);
            return result.Confidence is >= 0 and <= 1 && sentiment.Score is >= -1 and <= 1;
        }).QuickCheckThrowOnFailure();

    public static TheoryData<string> EdgeCases() =>
    [
        "",
        new string('a', 100_000),
        string.Concat(Enumerable.Repeat("ik wil dood ", 10_000)),
        string.Concat(Enumerable.Repeat("😡", 50_000)),
        new string('\0', 1000) + "\u0007\u001b[31m",
        "\u202Eik wil dood\u202C",
        "مرحبا أنا لا أريد أن أعيش",
        "\uD800\uD800\uDC00\uDFFF",
        "ｉｋ ｗｉｌ ｄｏｏｄ",
        new string(' ', 5000),
    ];

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void EdgeCasesDoNotThrow(string text)
    {
        Assert.NotNull(Classifier.Classify(text).Label);
        Assert.NotNull(Crisis.Detect(text));
        Assert.NotNull(Language.Detect(text).Language);
        Assert.InRange(Sentiment.Analyze(text).Score, -1, 1);
    }

    [Fact]
    public void NullIsTreatedAsEmpty()
    {
        Assert.True(Classifier.Classify(null).Unsure);
        Assert.False(Crisis.Detect(null).IsCrisis);
        Assert.Equal("other", Language.Detect(null).Language);
        Assert.Equal(0, Sentiment.Analyze(null).Score);
    }
}
