using IntakeBot.Understanding.Content;
using IntakeBot.Understanding.Text;

namespace IntakeBot.Understanding.Signals;

/// <summary>
/// Tells Dutch from English (anything else is "other") by counting frequent words from content,
/// after chat normalisation. A signal, not a verdict: short messages often score "other".
/// </summary>
public sealed class LanguageDetector
{
    private readonly TextNormaliser _normaliser;
    private readonly HashSet<string> _dutch;
    private readonly HashSet<string> _english;

    /// <summary>Builds the detector from the word lists in content.</summary>
    public LanguageDetector(UnderstandingContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _normaliser = new TextNormaliser(content.Normalisation.Spellings);
        _dutch = Words(content.Language, LanguageSignal.Dutch);
        _english = Words(content.Language, LanguageSignal.English);
        var shared = _dutch.Intersect(_english, StringComparer.Ordinal).ToList();
        _dutch.ExceptWith(shared);
        _english.ExceptWith(shared);
    }

    /// <summary>Detects the language of one message. Never throws.</summary>
    public LanguageSignal Detect(string? text)
    {
        var normalised = _normaliser.Normalise(text);
        var dutch = 0;
        var english = 0;
        foreach (var word in normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            dutch += _dutch.Contains(word) ? 1 : 0;
            english += _english.Contains(word) ? 1 : 0;
        }

        if (dutch == english)
        {
            return new LanguageSignal(LanguageSignal.Other, dutch == 0 ? 0 : 0.5);
        }

        var total = dutch + english;
        var best = Math.Max(dutch, english);
        // More evidence, more confidence: one matching word gives 0.5 at most.
        var confidence = (double)best / total * (1 - (1.0 / (best + 1)));
        return new LanguageSignal(dutch > english ? LanguageSignal.Dutch : LanguageSignal.English, Math.Round(confidence, 3));
    }

    private HashSet<string> Words(LanguageDocument document, string language) =>
        document.Words.TryGetValue(language, out var words)
            ? words.Select(w => _normaliser.Normalise(w).Trim()).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal)
            : [];
}
