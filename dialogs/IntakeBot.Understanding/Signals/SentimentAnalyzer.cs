using System.Buffers;
using System.Text;
using IntakeBot.Understanding.Content;
using IntakeBot.Understanding.Text;

namespace IntakeBot.Understanding.Signals;

/// <summary>
/// A small lexicon sentiment estimate from content: scored words and emoji, negators that flip the
/// next scored word, intensifiers that strengthen it. Sarcasm ("top geholpen weer 🙄") is only
/// partly caught, through the emoji. A signal for analytics and tone, never for routing.
/// </summary>
public sealed class SentimentAnalyzer
{
    private const int NegationReach = 3;

    private readonly TextNormaliser _normaliser;
    private readonly Dictionary<string, double> _words;
    private readonly Dictionary<string, double> _emoji;
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _emojiLookup;
    private readonly HashSet<string> _negators;
    private readonly HashSet<string> _intensifiers;

    /// <summary>Builds the analyser from the word lists in content.</summary>
    public SentimentAnalyzer(UnderstandingContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _normaliser = new TextNormaliser(content.Normalisation.Spellings);
        var document = content.Sentiment;
        _words = document.Words
            .Select(p => (Key: _normaliser.Normalise(p.Key).Trim(), p.Value))
            .Where(p => p.Key.Length > 0)
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        _emoji = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (emoji, score) in document.Emoji)
        {
            // Keyed by the first code point, so a variation selector after a heart does not matter.
            if (Rune.DecodeFromUtf16(emoji, out var rune, out _) == OperationStatus.Done)
            {
                _emoji.TryAdd(rune.ToString(), score);
            }
        }

        _emojiLookup = _emoji.GetAlternateLookup<ReadOnlySpan<char>>();
        _negators = [.. document.Negators.Select(w => _normaliser.Normalise(w).Trim())];
        _intensifiers = [.. document.Intensifiers.Select(w => _normaliser.Normalise(w).Trim())];
    }

    /// <summary>Estimates the sentiment of one message. Never throws.</summary>
    public SentimentSignal Analyze(string? text)
    {
        text ??= "";
        var sum = 0.0;
        var negation = 0;
        var intensity = 1.0;
        foreach (var word in _normaliser.Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (_negators.Contains(word))
            {
                negation = NegationReach;
                continue;
            }

            if (_intensifiers.Contains(word))
            {
                intensity = 1.5;
                continue;
            }

            if (_words.TryGetValue(word, out var score))
            {
                sum += score * intensity * (negation > 0 ? -0.8 : 1);
                negation = 0;
                intensity = 1;
                continue;
            }

            negation = Math.Max(0, negation - 1);
        }

        sum += ScoreEmoji(text.AsSpan(0, Math.Min(text.Length, TextNormaliser.MaxInputLength)));
        var result = Math.Round(Math.Tanh(sum / 3), 3);
        return new SentimentSignal(result, SentimentSignal.LabelFor(result));
    }

    private double ScoreEmoji(ReadOnlySpan<char> text)
    {
        var sum = 0.0;
        Span<char> buffer = stackalloc char[2];
        while (!text.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(text, out var rune, out var consumed) == OperationStatus.Done
                && rune.Value > 0x2000
                && rune.TryEncodeToUtf16(buffer, out var written)
                && _emojiLookup.TryGetValue(buffer[..written], out var score))
            {
                sum += score;
            }

            text = text[Math.Max(consumed, 1)..];
        }

        return sum;
    }
}
