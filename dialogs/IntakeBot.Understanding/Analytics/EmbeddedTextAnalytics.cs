using IntakeBot.Understanding.Signals;

namespace IntakeBot.Understanding.Analytics;

/// <summary>
/// The default, offline backend: <see cref="LanguageDetector"/>, <see cref="SentimentAnalyzer"/> and
/// <see cref="LocalPiiRecognizer"/> (IntakeBot.Recognizers' PII rules). <paramref name="piiRecognizer"/> (text, language)
/// replaces the PII detection when given.
/// </summary>
public sealed class EmbeddedTextAnalytics(
    LanguageDetector languageDetector,
    SentimentAnalyzer sentimentAnalyzer,
    Func<string, string, PiiResult>? piiRecognizer = null) : ITextAnalytics
{
    /// <inheritdoc />
    public Task<LanguageSignal> DetectLanguageAsync(string text, CancellationToken cancellationToken = default) =>
        Task.FromResult(languageDetector.Detect(text));

    /// <inheritdoc />
    public Task<SentimentSignal> AnalyzeSentimentAsync(string text, string language, CancellationToken cancellationToken = default) =>
        Task.FromResult(sentimentAnalyzer.Analyze(text));

    /// <inheritdoc />
    public Task<PiiResult> RecognizePiiAsync(string text, string language, CancellationToken cancellationToken = default) =>
        Task.FromResult((piiRecognizer ?? LocalPiiRecognizer.Recognize)(text ?? string.Empty, language));
}
