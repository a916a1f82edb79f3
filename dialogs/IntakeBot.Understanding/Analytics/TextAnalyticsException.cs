namespace IntakeBot.Understanding.Analytics;

/// <summary>The text analytics service failed after retries, or answered with an error for the document.</summary>
public sealed class TextAnalyticsException(string message, int statusCode = 0) : Exception(message)
{
    /// <summary>The HTTP status, or 0 for a document-level error in a successful response.</summary>
    public int StatusCode { get; } = statusCode;
}
