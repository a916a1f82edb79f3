using System.Text.Json;
using IntakeBot.Understanding.Analytics;

namespace IntakeBot.Understanding.Tests.Analytics;

public sealed class AzureLanguageTextAnalyticsTests
{
    private const string Key = "test-key-not-a-secret";

    [Fact]
    public async Task DetectsLanguageThroughTheAnalyzeTextEndpoint()
    {
        await using var server = new FakeLanguageServer().Reply(200, AzureResponses.LanguageDetection);

        var result = await Client(server).DetectLanguageAsync("ze luisteren nooit naar mij");

        Assert.Equal("nl", result.Language);
        Assert.Equal(0.98, result.Confidence);
        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/language/:analyze-text?api-version=2023-04-01", request.PathAndQuery);
        Assert.Equal(Key, request.Key);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("LanguageDetection", body.RootElement.GetProperty("kind").GetString());
        Assert.Equal("ze luisteren nooit naar mij", body.RootElement.GetProperty("analysisInput").GetProperty("documents")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task LanguagesOtherThanDutchAndEnglishAreOther()
    {
        await using var server = new FakeLanguageServer().Reply(200, AzureResponses.LanguageDetectionFrench);

        Assert.Equal("other", (await Client(server).DetectLanguageAsync("bonjour")).Language);
    }

    [Fact]
    public async Task MapsSentimentScoresToMinusOneToOne()
    {
        await using var server = new FakeLanguageServer().Reply(200, AzureResponses.Sentiment);

        var result = await Client(server).AnalyzeSentimentAsync("ze luisteren nooit naar mij", "nl");

        Assert.Equal(-0.88, result.Score, 3);
        Assert.Equal("negative", result.Label);
        using var body = JsonDocument.Parse(Assert.Single(server.Requests).Body);
        Assert.Equal("SentimentAnalysis", body.RootElement.GetProperty("kind").GetString());
        Assert.Equal("nl", body.RootElement.GetProperty("analysisInput").GetProperty("documents")[0].GetProperty("language").GetString());
    }

    [Fact]
    public async Task ReturnsPiiEntitiesWithUtf16Offsets()
    {
        await using var server = new FakeLanguageServer().Reply(200, AzureResponses.Pii);

        var result = await Client(server).RecognizePiiAsync("ik heet Sanne en mijn nummer is 0612345678", "nl");

        Assert.True(result.Supported);
        Assert.Equal("ik heet ***** en mijn nummer is **********", result.RedactedText);
        Assert.Equal([("Person", 8, 5), ("PhoneNumber", 32, 10)], result.Entities.Select(e => (e.Category, e.Offset, e.Length)));
        using var body = JsonDocument.Parse(Assert.Single(server.Requests).Body);
        Assert.Equal("Utf16CodeUnit", body.RootElement.GetProperty("parameters").GetProperty("stringIndexType").GetString());
    }

    [Fact]
    public async Task RetriesAfterThrottlingAndServerErrors()
    {
        await using var server = new FakeLanguageServer()
            .Reply(429, AzureResponses.Throttled)
            .Reply(503, AzureResponses.ServerError)
            .Reply(200, AzureResponses.LanguageDetection);

        var result = await Client(server).DetectLanguageAsync("hallo");

        Assert.Equal("nl", result.Language);
        Assert.Equal(3, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal(Key, r.Key));
    }

    [Fact]
    public async Task GivesUpWithAClearErrorAfterTheLastRetry()
    {
        await using var server = new FakeLanguageServer().Reply(500, AzureResponses.ServerError);

        var error = await Assert.ThrowsAsync<TextAnalyticsException>(() => Client(server).DetectLanguageAsync("hallo"));

        Assert.Equal(500, error.StatusCode);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task DoesNotRetryClientErrors()
    {
        await using var server = new FakeLanguageServer().Reply(401, """{"error":{"code":"401","message":"Access denied"}}""");

        var error = await Assert.ThrowsAsync<TextAnalyticsException>(() => Client(server).DetectLanguageAsync("hallo"));

        Assert.Equal(401, error.StatusCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task ReportsDocumentErrors()
    {
        await using var server = new FakeLanguageServer().Reply(200, AzureResponses.DocumentError);

        var error = await Assert.ThrowsAsync<TextAnalyticsException>(() => Client(server).DetectLanguageAsync(""));

        Assert.Contains("InvalidArgument", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFactoryChoosesTheBackendFromConfiguration()
    {
        var azure = new AzureLanguageOptions { Endpoint = new Uri("http://127.0.0.1:1/"), ApiKey = Key };

        Assert.IsType<EmbeddedTextAnalytics>(TextAnalyticsFactory.Create(null, TestContent.Content));
        Assert.IsType<EmbeddedTextAnalytics>(TextAnalyticsFactory.Create("Embedded", TestContent.Content));
        Assert.IsType<AzureLanguageTextAnalytics>(TextAnalyticsFactory.Create("azure", TestContent.Content, azure));
        Assert.Throws<ArgumentException>(() => TextAnalyticsFactory.Create("azure", TestContent.Content));
        Assert.Throws<ArgumentException>(() => TextAnalyticsFactory.Create("watson", TestContent.Content));
    }

    private static AzureLanguageTextAnalytics Client(FakeLanguageServer server) => new(new AzureLanguageOptions
    {
        Endpoint = server.Endpoint,
        ApiKey = Key,
        MaxRetries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(1),
        MaxRetryDelay = TimeSpan.FromMilliseconds(5),
    });
}
