namespace IntakeBot.Understanding.Classification;

/// <summary>A label with its confidence (0..1).</summary>
public sealed record LabelScore(string Label, double Confidence);
