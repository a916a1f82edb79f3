using IntakeBot.Understanding.Classification;

namespace IntakeBot.Understanding.Content;

/// <summary>
/// Everything the understanding components read from <c>content/understanding</c>: training examples,
/// chat spellings, decisive cue rules, the crisis lexicon and the language and sentiment word lists.
/// </summary>
public sealed record UnderstandingContent(
    IReadOnlyList<TrainingExample> Examples,
    NormalisationDocument Normalisation,
    RulesDocument Rules,
    CrisisDocument Crisis,
    LanguageDocument Language,
    SentimentDocument Sentiment)
{
    /// <summary>Loads the content below <paramref name="contentRoot"/> (the repository's <c>content</c> folder).</summary>
    /// <exception cref="ContentException">A file is missing or malformed.</exception>
    public static UnderstandingContent Load(string contentRoot) => ContentLoader.Load(contentRoot);
}
