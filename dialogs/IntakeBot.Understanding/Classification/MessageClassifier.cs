using System.Buffers;
using IntakeBot.Understanding.Content;
using IntakeBot.Understanding.Crisis;
using IntakeBot.Understanding.Text;

namespace IntakeBot.Understanding.Classification;

/// <summary>
/// Classifies a message as klacht, bezwaar, signaal, compliment, idee, vraag, crisis or anders.
/// A logistic-regression model over word and character n-grams, trained at construction from the
/// examples in content (deterministic), plus decisive cue rules and the crisis detector.
/// Thread-safe; never throws on any input.
/// </summary>
public sealed class MessageClassifier
{
    /// <summary>The label a crisis signal forces.</summary>
    public const string CrisisLabel = "crisis";

    private const float CrisisBoost = 12f;
    private const int MaxWordCues = 3;
    private const int MinCueWordLength = 4;
    private const int StackLimit = 1024;

    private readonly string[] _labels;
    private readonly TextNormaliser _normaliser;
    private readonly CueRuleSet _rules;
    private readonly CrisisDetector _crisis;
    private readonly LinearModel _model;
    private readonly int _crisisLabel;
    private readonly double _unsureThreshold;
    private readonly float _confidenceScale;
    private readonly ClassificationResult _noWords;

    /// <summary>Trains on all examples in <paramref name="content"/>.</summary>
    public MessageClassifier(UnderstandingContent content)
        : this(content, content.Examples)
    {
    }

    /// <summary>Trains on <paramref name="training"/> only (cross-validation uses this).</summary>
    public MessageClassifier(UnderstandingContent content, IReadOnlyList<TrainingExample> training)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(training);
        _labels = [.. content.Rules.Labels];
        _crisisLabel = Array.IndexOf(_labels, CrisisLabel);
        if (_labels.Length < 2 || _crisisLabel < 0)
        {
            throw new ContentException($"rules.yaml: 'labels' must list at least two labels including '{CrisisLabel}'.");
        }

        _unsureThreshold = content.Rules.UnsureThreshold;
        _confidenceScale = (float)Math.Clamp(content.Rules.ConfidenceScale, 0.1, 10);
        _normaliser = new TextNormaliser(content.Normalisation.Spellings);
        _rules = new CueRuleSet(content.Rules, _labels, _normaliser);
        _crisis = new CrisisDetector(content.Crisis, _normaliser);
        _model = ModelTrainer.Train([.. training.Select(Encode)], _labels.Length);

        // Nothing to go on (empty, only emoji or punctuation): the fallback label, unsure, so the dialog asks.
        var fallback = content.Rules.FallbackLabel;
        if (Array.IndexOf(_labels, fallback) < 0)
        {
            throw new ContentException($"rules.yaml: fallbackLabel '{fallback}' is not listed in 'labels'.");
        }

        _noWords = new ClassificationResult(
            fallback,
            0,
            true,
            [.. _labels.Where(l => l != fallback && l != CrisisLabel).Take(2).Select(l => new LabelScore(l, 0))],
            false,
            ["no-words"],
            CrisisAssessment.None);
    }

    /// <summary>The labels, in the order of <c>rules.yaml</c>.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>The crisis detector the classifier uses, for callers that only need that check.</summary>
    public CrisisDetector CrisisDetector => _crisis;

    /// <summary>Classifies one message. The label of a message over 2000 characters is judged on its start; the crisis check reads all of it.</summary>
    public ClassificationResult Classify(string? text)
    {
        var input = (text ?? "").AsSpan();
        var capacity = _normaliser.OutputCapacity(input.Length);
        var scratchCapacity = TextNormaliser.ScratchCapacity(input.Length);
        char[]? rentedChars = null;
        var chars = capacity + scratchCapacity <= StackLimit
            ? stackalloc char[StackLimit]
            : (rentedChars = ArrayPool<char>.Shared.Rent(capacity + scratchCapacity));
        try
        {
            var length = _normaliser.Normalise(input, chars[..capacity], chars[capacity..]);
            // The label is judged on the start of a long message, but a crisis anywhere in it counts.
            var crisis = input.Length > TextNormaliser.MaxInputLength ? _crisis.Detect(text) : null;
            return Classify(chars[..length], crisis);
        }
        finally
        {
            if (rentedChars is not null)
            {
                ArrayPool<char>.Shared.Return(rentedChars);
            }
        }
    }

    private ClassificationResult Classify(ReadOnlySpan<char> normalised, CrisisAssessment? wholeMessageCrisis)
    {
        var crisis = wholeMessageCrisis ?? _crisis.Detect(normalised);
        if (normalised.Trim(' ').IsEmpty && !crisis.IsCrisis)
        {
            return _noWords;
        }

        Span<float> scores = stackalloc float[_labels.Length];
        var featureCapacity = FeatureHasher.Capacity(normalised.Length);
        int[]? rentedFeatures = null;
        var features = featureCapacity <= StackLimit * 2
            ? stackalloc int[StackLimit * 2]
            : (rentedFeatures = ArrayPool<int>.Shared.Rent(featureCapacity));
        try
        {
            var count = FeatureHasher.Extract(normalised, features);
            _model.Score(features[..count], scores);
        }
        finally
        {
            if (rentedFeatures is not null)
            {
                ArrayPool<int>.Shared.Return(rentedFeatures);
            }
        }

        Span<ulong> found = stackalloc ulong[_rules.BitSetLength];
        var fired = _rules.Apply(normalised, scores, found);
        if (crisis.IsCrisis)
        {
            scores[_crisisLabel] += CrisisBoost;
        }

        for (var l = 0; l < scores.Length; l++)
        {
            scores[l] *= _confidenceScale;
        }

        Softmax.Apply(scores);
        Span<int> ranking = stackalloc int[_labels.Length];
        Rank(scores, ranking);
        var best = ranking[0];
        var alternatives = new LabelScore[Math.Min(2, _labels.Length - 1)];
        for (var i = 0; i < alternatives.Length; i++)
        {
            alternatives[i] = new LabelScore(_labels[ranking[i + 1]], Math.Round(scores[ranking[i + 1]], 4));
        }

        return new ClassificationResult(
            _labels[best],
            Math.Round(scores[best], 4),
            scores[best] < _unsureThreshold,
            alternatives,
            crisis.IsCrisis || best == _crisisLabel,
            Cues(normalised, best, fired, found, crisis),
            crisis);
    }

    private List<string> Cues(ReadOnlySpan<char> normalised, int label, ulong fired, ReadOnlySpan<ulong> found, CrisisAssessment crisis)
    {
        var cues = new List<string>(crisis.Cues);
        ulong[]? phrases = null;
        for (var r = 0; fired != 0; r++, fired >>= 1)
        {
            if ((fired & 1) != 0 && _rules[r].Label == label)
            {
                phrases ??= found.ToArray();
                cues.Add($"rule:{_rules[r].Id}:{string.Join(" + ", _rules.Evidence(r, phrases))}");
            }
        }

        Span<(int Start, int Length, float Weight)> top = stackalloc (int, int, float)[MaxWordCues];
        var kept = 0;
        foreach (var range in normalised.Split(' '))
        {
            var word = normalised[range];
            // Short words (ik, ze, op, dat) carry weight but explain nothing to staff.
            var weight = word.Length < MinCueWordLength ? 0f : _model.Preference(FeatureHasher.WordBucket(word), label);
            if (weight <= 0.05f)
            {
                continue;
            }

            if (kept < MaxWordCues)
            {
                top[kept++] = (range.Start.Value, word.Length, weight);
            }
            else if (Weakest(top) is var weakest && weight > top[weakest].Weight)
            {
                top[weakest] = (range.Start.Value, word.Length, weight);
            }
        }

        top = top[..kept];
        top.Sort((a, b) => b.Weight.CompareTo(a.Weight));
        foreach (var (start, length, _) in top)
        {
            var word = $"word:{normalised.Slice(start, length)}";
            if (!cues.Contains(word))
            {
                cues.Add(word);
            }
        }

        return cues;
    }

    private static int Weakest(Span<(int Start, int Length, float Weight)> top)
    {
        var weakest = 0;
        for (var i = 1; i < top.Length; i++)
        {
            if (top[i].Weight < top[weakest].Weight)
            {
                weakest = i;
            }
        }

        return weakest;
    }

    private static void Rank(ReadOnlySpan<float> scores, Span<int> ranking)
    {
        for (var i = 0; i < ranking.Length; i++)
        {
            ranking[i] = i;
        }

        // Insertion sort: eight labels, and ties keep the content order so results are stable.
        for (var i = 1; i < ranking.Length; i++)
        {
            var current = ranking[i];
            var j = i - 1;
            while (j >= 0 && scores[ranking[j]] < scores[current])
            {
                ranking[j + 1] = ranking[j];
                j--;
            }

            ranking[j + 1] = current;
        }
    }

    private (int[] Features, int Label) Encode(TrainingExample example)
    {
        var label = Array.IndexOf(_labels, example.Label);
        if (label < 0)
        {
            throw new ContentException($"Example label '{example.Label}' is not listed in rules.yaml.");
        }

        var normalised = _normaliser.Normalise(example.Text);
        var features = new int[FeatureHasher.Capacity(normalised.Length)];
        var count = FeatureHasher.Extract(normalised, features);
        return (features[..count], label);
    }
}
