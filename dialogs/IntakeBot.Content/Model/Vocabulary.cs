namespace IntakeBot.Content.Model;

/// <summary>
/// Answer words of the intake conversation (content/vocabulary.yaml), each list by language:
/// <see cref="Words"/> (done, skip, dont_know ...), <see cref="Fields"/> (words that point at a field in the summary)
/// and <see cref="Faq"/> (words that say what a question is about).
/// </summary>
public sealed record Vocabulary(
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Words,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Fields,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Faq);
