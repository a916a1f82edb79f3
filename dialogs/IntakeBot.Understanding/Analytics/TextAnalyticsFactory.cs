using IntakeBot.Understanding.Content;
using IntakeBot.Understanding.Signals;

namespace IntakeBot.Understanding.Analytics;

/// <summary>Chooses the backend from configuration: "embedded" (default) or "azure".</summary>
public static class TextAnalyticsFactory
{
    /// <summary>
    /// Creates the configured backend. <paramref name="backend"/> is "embedded" or "azure" (case-insensitive);
    /// "azure" needs <paramref name="azure"/>. <paramref name="piiRecognizer"/> is used by the embedded backend only.
    /// </summary>
    public static ITextAnalytics Create(
        string? backend,
        UnderstandingContent content,
        AzureLanguageOptions? azure = null,
        Func<string, string, PiiResult>? piiRecognizer = null,
        HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        return (backend ?? "embedded").Trim().ToLowerInvariant() switch
        {
            "" or "embedded" => new EmbeddedTextAnalytics(new LanguageDetector(content), new SentimentAnalyzer(content), piiRecognizer),
            "azure" => new AzureLanguageTextAnalytics(
                azure ?? throw new ArgumentException("The azure backend needs AzureLanguageOptions (endpoint and key).", nameof(azure)),
                httpClient),
            var other => throw new ArgumentException($"Unknown text analytics backend '{other}'. Use 'embedded' or 'azure'.", nameof(backend)),
        };
    }
}
