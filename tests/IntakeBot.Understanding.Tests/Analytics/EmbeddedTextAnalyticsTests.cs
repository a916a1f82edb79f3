using IntakeBot.Understanding.Analytics;

namespace IntakeBot.Understanding.Tests.Analytics;

public sealed class EmbeddedTextAnalyticsTests
{
    [Fact]
    public async Task UsesTheLocalSignals()
    {
        var analytics = TextAnalyticsFactory.Create("embedded", TestContent.Content);

        Assert.Equal("nl", (await analytics.DetectLanguageAsync("ik wil een klacht indienen over mijn begeleider")).Language);
        Assert.Equal("negative", (await analytics.AnalyzeSentimentAsync("ik ben zo boos en verdrietig", "nl")).Label);
    }

    [Fact]
    public async Task SaysPiiIsNotSupportedUntilARecognizerIsWired()
    {
        var analytics = TextAnalyticsFactory.Create("embedded", TestContent.Content);

        var result = await analytics.RecognizePiiAsync("ik heet Sanne", "nl");

        Assert.False(result.Supported);
        Assert.Empty(result.Entities);
    }

    [Fact]
    public async Task UsesTheWiredPiiRecognizer()
    {
        var analytics = TextAnalyticsFactory.Create(
            "embedded",
            TestContent.Content,
            piiRecognizer: (text, _) => new PiiResult([new PiiEntity("Sanne", "Person", 8, 5, 1)], "ik heet [naam]", true));

        var result = await analytics.RecognizePiiAsync("ik heet Sanne", "nl");

        Assert.True(result.Supported);
        Assert.Equal("Person", Assert.Single(result.Entities).Category);
    }
}
