namespace IntakeBot.Understanding.Evaluation;

/// <summary>Precision, recall and F1 of one label, with its number of examples (support).</summary>
public sealed record LabelMetrics(string Label, double Precision, double Recall, double F1, int Support);
