namespace IntakeBot.Content.Model;

/// <summary>A stated term in weeks, with its source.</summary>
public sealed record TermFact(int Amount, string Source);
