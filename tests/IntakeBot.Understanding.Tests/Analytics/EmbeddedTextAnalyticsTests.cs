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
    public async Task FindsPiiLocally_InAzuresShape()
    {
        var analytics = TextAnalyticsFactory.Create("embedded", TestContent.Content);
        const string text = "ik heet Sanne en mijn nummer is 06-12345678";

        var result = await analytics.RecognizePiiAsync(text, "nl");

        Assert.True(result.Supported);
        Assert.Contains(result.Entities, e => e.Category == "Person" && e.Text == "Sanne" && text.Substring(e.Offset, e.Length) == "Sanne");
        Assert.Contains(result.Entities, e => e.Category == "PhoneNumber");
        Assert.DoesNotContain("Sanne", result.RedactedText, StringComparison.Ordinal);
        Assert.DoesNotContain("12345678", result.RedactedText, StringComparison.Ordinal);
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
