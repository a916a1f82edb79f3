using IntakeBot.Understanding.Classification;
using IntakeBot.Understanding.Content;
using IntakeBot.Understanding.Evaluation;

namespace IntakeBot.Bot.Cli;

/// <summary>
/// The classifier evaluation subcommand: prints stratified 5-fold cross-validation figures (per-label
/// precision, recall, F1, macro-F1, confusion matrix, crisis recall and false alarms) and, when the
/// folder <c>content/understanding/evaluation</c> exists, the same figures for that separate test set.
/// Exit code 0 when the cross-validation meets the targets (macro-F1 ≥ 0.90, crisis recall 100%,
/// crisis false alarms ≤ 3%), 2 when not.
/// </summary>
public static class EvaluateClassifierCommand
{
    /// <summary>Runs the evaluation over the content below <paramref name="contentRoot"/>.</summary>
    public static async Task<int> RunAsync(TextWriter output, string contentRoot, bool showMistakes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var content = UnderstandingContent.Load(contentRoot);
        var crossValidation = ClassifierEvaluator.CrossValidate(content, folds: 5);
        await output.WriteLineAsync(crossValidation.ToText(showMistakes).AsMemory(), cancellationToken).ConfigureAwait(false);

        var heldOut = Path.Combine(contentRoot, "understanding", "evaluation");
        if (Directory.Exists(heldOut))
        {
            var testSet = ClassifierEvaluator.LoadTestSet(heldOut);
            var report = ClassifierEvaluator.Evaluate(new MessageClassifier(content), testSet, $"separate test set: {testSet.Count} messages from {heldOut}");
            await output.WriteLineAsync(report.ToText(showMistakes).AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        var met = crossValidation.MacroF1 >= 0.90 && crossValidation.CrisisRecall >= 1.0 && crossValidation.CrisisFalseAlarmRate <= 0.03;
        return met ? 0 : 2;
    }
}
