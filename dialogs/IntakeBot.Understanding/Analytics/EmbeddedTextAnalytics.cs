using IntakeBot.Understanding.Signals;

namespace IntakeBot.Understanding.Analytics;

/// <summary>
/// The default, offline backend: <see cref="LanguageDetector"/> and <see cref="SentimentAnalyzer"/>.
/// PII detection lives in IntakeBot.Recognizers (Pii) and is passed in as <paramref name="piiRecognizer"/>
/// (text, language) by the host. Until that is wired, <see cref="RecognizePiiAsync"/> returns
/// <see cref="PiiResult.NotSupported(string)"/>: nothing is redacted.
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
        Task.FromResult(piiRecognizer?.Invoke(text ?? "", language) ?? PiiResult.NotSupported(text ?? ""));
}
