using IntakeBot.Understanding.Signals;

namespace IntakeBot.Understanding.Tests.Signals;

public sealed class SignalTests
{
    private readonly LanguageDetector _language = new(TestContent.Content);
    private readonly SentimentAnalyzer _sentiment = new(TestContent.Content);

    [Theory]
    [InlineData("mn begeleider luistert nooit naar me", "nl")]
    [InlineData("ik heb een brief van de gemeente gekregen", "nl")]
    [InlineData("my social worker never listens to me", "en")]
    [InlineData("I want to make a complaint about the care", "en")]
    [InlineData("Merhaba, nasılsın?", "other")]
    [InlineData("", "other")]
    [InlineData("😡😡", "other")]
    public void DetectsLanguage(string text, string expected) =>
        Assert.Equal(expected, _language.Detect(text).Language);

    [Theory]
    [InlineData("mn begeleider is echt top, heel fijn", "positive")]
    [InlineData("kut jeugdzorg, ik ben zo boos 😡", "negative")]
    [InlineData("ik heb een brief gekregen", "neutral")]
    [InlineData("ik ben niet blij met de hulp", "negative")]
    public void EstimatesSentiment(string text, string expected)
    {
        var result = _sentiment.Analyze(text);

        Assert.Equal(expected, result.Label);
        Assert.InRange(result.Score, -1.0, 1.0);
    }

    [Fact]
    public void EmojiAloneCarrySentiment() =>
        Assert.True(_sentiment.Analyze("😭😭").Score < 0);
}
