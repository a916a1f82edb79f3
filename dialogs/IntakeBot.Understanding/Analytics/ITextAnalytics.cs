using IntakeBot.Understanding.Signals;

namespace IntakeBot.Understanding.Analytics;

/// <summary>
/// Language, sentiment and personal-data detection behind one seam, so a deployment can choose the
/// embedded local backend (default, offline) or Azure AI Language.
/// </summary>
public interface ITextAnalytics
{
    /// <summary>Detects the language of a message: nl, en or other.</summary>
    Task<LanguageSignal> DetectLanguageAsync(string text, CancellationToken cancellationToken = default);

    /// <summary>Estimates sentiment (-1..1). <paramref name="language"/> is an ISO 639-1 code such as "nl".</summary>
    Task<SentimentSignal> AnalyzeSentimentAsync(string text, string language, CancellationToken cancellationToken = default);

    /// <summary>Finds personal data (names, phone numbers, e-mail, addresses, ...) with offsets in UTF-16 code units.</summary>
    Task<PiiResult> RecognizePiiAsync(string text, string language, CancellationToken cancellationToken = default);
}
