namespace IntakeBot.Understanding.Tests.Analytics;

/// <summary>Response bodies in the documented shape of analyze-text (api-version 2023-04-01).</summary>
internal static class AzureResponses
{
    public const string LanguageDetection = """
        {"kind":"LanguageDetectionResults","results":{"documents":[{"id":"1","detectedLanguage":{"name":"Dutch","iso6391Name":"nl","confidenceScore":0.98},"warnings":[]}],"errors":[],"modelVersion":"2022-10-01"}}
        """;

    public const string LanguageDetectionFrench = """
        {"kind":"LanguageDetectionResults","results":{"documents":[{"id":"1","detectedLanguage":{"name":"French","iso6391Name":"fr","confidenceScore":0.91},"warnings":[]}],"errors":[],"modelVersion":"2022-10-01"}}
        """;

    public const string Sentiment = """
        {"kind":"SentimentAnalysisResults","results":{"documents":[{"id":"1","sentiment":"negative","confidenceScores":{"positive":0.02,"neutral":0.08,"negative":0.9},"sentences":[{"sentiment":"negative","confidenceScores":{"positive":0.02,"neutral":0.08,"negative":0.9},"offset":0,"length":27,"text":"ze luisteren nooit naar mij"}],"warnings":[]}],"errors":[],"modelVersion":"2022-11-01"}}
        """;

    public const string Pii = """
        {"kind":"PiiEntityRecognitionResults","results":{"documents":[{"redactedText":"ik heet ***** en mijn nummer is **********","id":"1","entities":[{"text":"Sanne","category":"Person","offset":8,"length":5,"confidenceScore":0.86},{"text":"0612345678","category":"PhoneNumber","offset":32,"length":10,"confidenceScore":0.8}],"warnings":[]}],"errors":[],"modelVersion":"2021-01-15"}}
        """;

    public const string DocumentError = """
        {"kind":"LanguageDetectionResults","results":{"documents":[],"errors":[{"id":"1","error":{"code":"InvalidArgument","message":"Document text is empty."}}],"modelVersion":"2022-10-01"}}
        """;

    public const string Throttled = """
        {"error":{"code":"429","message":"Rate limit is exceeded. Try again in 1 seconds."}}
        """;

    public const string ServerError = """
        {"error":{"code":"InternalServerError","message":"Internal error."}}
        """;
}
