using System.Globalization;
using System.Text;

namespace IntakeBot.Understanding.Evaluation;

/// <summary>
/// Classifier figures: per-label precision, recall and F1, macro-F1, a confusion matrix
/// (<c>Confusion[actual][predicted]</c>, in <see cref="Labels"/> order), and crisis recall and
/// false-alarm rate (of the crisis flag, which is what stops the intake), and accuracy per register.
/// </summary>
public sealed record EvaluationReport(
    string Title,
    IReadOnlyList<string> Labels,
    IReadOnlyList<LabelMetrics> PerLabel,
    double MacroF1,
    double Accuracy,
    int[][] Confusion,
    double CrisisRecall,
    double CrisisFalseAlarmRate,
    IReadOnlyList<(string Register, double Accuracy, int Count)> PerRegister,
    IReadOnlyList<string> Mistakes)
{
    /// <summary>Plain-text report for the console.</summary>
    public string ToText(bool includeMistakes = false)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(Title);
        text.AppendLine(c, $"{"label",-12}{"precision",10}{"recall",10}{"f1",10}{"support",10}");
        foreach (var m in PerLabel)
        {
            text.AppendLine(c, $"{m.Label,-12}{m.Precision,10:F3}{m.Recall,10:F3}{m.F1,10:F3}{m.Support,10}");
        }

        text.AppendLine(c, $"macro-F1 {MacroF1:F3}   accuracy {Accuracy:F3}");
        text.AppendLine(c, $"crisis recall {CrisisRecall:P1}   crisis false alarms {CrisisFalseAlarmRate:P1}");
        text.AppendLine(c, $"accuracy per register: {string.Join(", ", PerRegister.Select(r => string.Create(c, $"{r.Register} {r.Accuracy:F3} (n={r.Count})")))}");
        text.AppendLine("confusion (rows = actual, columns = predicted):");
        text.Append(' ', 12);
        foreach (var label in Labels)
        {
            text.Append(c, $"{Abbreviate(label),6}");
        }

        text.AppendLine();
        for (var a = 0; a < Labels.Count; a++)
        {
            text.Append(c, $"{Labels[a],-12}");
            foreach (var count in Confusion[a])
            {
                text.Append(c, $"{count,6}");
            }

            text.AppendLine();
        }

        if (includeMistakes && Mistakes.Count > 0)
        {
            text.AppendLine("mistakes:");
            foreach (var mistake in Mistakes)
            {
                text.AppendLine(c, $"  {mistake}");
            }
        }

        return text.ToString();
    }

    private static string Abbreviate(string label) => label.Length <= 5 ? label : label[..5];
}
