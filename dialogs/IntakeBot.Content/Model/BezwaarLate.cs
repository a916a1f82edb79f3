namespace IntakeBot.Content.Model;

/// <summary>What to do when the term has passed.</summary>
public sealed record BezwaarLate(bool StillFile, bool ExplainWhy, string Source);
