using IntakeBot.Understanding.Classification;
using IntakeBot.Understanding.Content;

namespace IntakeBot.Understanding.Evaluation;

/// <summary>Measures the classifier: stratified k-fold cross-validation over the training examples, or a separate test set.</summary>
public static class ClassifierEvaluator
{
    /// <summary>The fixed seed for fold assignment, so the figures are reproducible.</summary>
    public const int DefaultSeed = 17;

    /// <summary>
    /// Stratified k-fold cross-validation: each label's examples are shuffled with a fixed seed and dealt
    /// round-robin over the folds; each fold is classified by a model trained on the other folds.
    /// </summary>
    public static EvaluationReport CrossValidate(UnderstandingContent content, int folds = 5, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var fold = new Dictionary<TrainingExample, int>(ReferenceEqualityComparer.Instance);
        var random = new Random(seed);
        foreach (var group in content.Examples.GroupBy(e => e.Label).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var shuffled = group.ToArray();
            random.Shuffle(shuffled);
            for (var i = 0; i < shuffled.Length; i++)
            {
                fold[shuffled[i]] = i % folds;
            }
        }

        var predictions = new List<(TrainingExample Example, ClassificationResult Result)>();
        for (var k = 0; k < folds; k++)
        {
            var classifier = new MessageClassifier(content, [.. content.Examples.Where(e => fold[e] != k)]);
            predictions.AddRange(content.Examples.Where(e => fold[e] == k).Select(e => (e, classifier.Classify(e.Text))));
        }

        return Report($"{folds}-fold cross-validation over {content.Examples.Count} examples (seed {seed})", content.Rules.Labels, predictions);
    }

    /// <summary>Classifies a separate test set with an already trained classifier.</summary>
    public static EvaluationReport Evaluate(MessageClassifier classifier, IReadOnlyList<TrainingExample> testSet, string title)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(testSet);
        return Report(title, classifier.Labels, [.. testSet.Select(e => (e, classifier.Classify(e.Text)))]);
    }

    /// <summary>Loads a test set laid out like the training examples (for example <c>content/understanding/evaluation</c>).</summary>
    public static IReadOnlyList<TrainingExample> LoadTestSet(string folder) => ContentLoader.LoadExamples(folder);

    private static EvaluationReport Report(
        string title,
        IReadOnlyList<string> labels,
        IReadOnlyList<(TrainingExample Example, ClassificationResult Result)> predictions)
    {
        var index = labels.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i, StringComparer.Ordinal);
        var confusion = labels.Select(_ => new int[labels.Count]).ToArray();
        int crisisTotal = 0, crisisFlagged = 0, otherTotal = 0, otherFlagged = 0;
        var mistakes = new List<string>();
        foreach (var (example, result) in predictions)
        {
            confusion[index[example.Label]][index[result.Label]]++;
            var isCrisis = example.Label == MessageClassifier.CrisisLabel;
            crisisTotal += isCrisis ? 1 : 0;
            crisisFlagged += isCrisis && result.Crisis ? 1 : 0;
            otherTotal += isCrisis ? 0 : 1;
            otherFlagged += !isCrisis && result.Crisis ? 1 : 0;
            if (result.Label != example.Label)
            {
                mistakes.Add($"{example.Label} -> {result.Label} ({result.Confidence:F2}) [{example.Register}] {example.Text}");
            }
        }

        var perLabel = new List<LabelMetrics>();
        for (var l = 0; l < labels.Count; l++)
        {
            var truePositives = confusion[l][l];
            var predicted = confusion.Sum(row => row[l]);
            var actual = confusion[l].Sum();
            var precision = predicted == 0 ? 0 : (double)truePositives / predicted;
            var recall = actual == 0 ? 0 : (double)truePositives / actual;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perLabel.Add(new LabelMetrics(labels[l], precision, recall, f1, actual));
        }

        var present = perLabel.Where(m => m.Support > 0).ToList();
        return new EvaluationReport(
            title,
            labels,
            perLabel,
            present.Count == 0 ? 0 : present.Average(m => m.F1),
            predictions.Count == 0 ? 0 : (double)Enumerable.Range(0, labels.Count).Sum(l => confusion[l][l]) / predictions.Count,
            confusion,
            crisisTotal == 0 ? 1 : (double)crisisFlagged / crisisTotal,
            otherTotal == 0 ? 0 : (double)otherFlagged / otherTotal,
            [.. predictions.GroupBy(p => p.Example.Register).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, (double)g.Count(p => p.Result.Label == p.Example.Label) / g.Count(), g.Count()))],
            mistakes);
    }
}
