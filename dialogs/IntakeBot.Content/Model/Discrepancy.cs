namespace IntakeBot.Content.Model;

/// <summary>A known error or contradiction in a seed, and how the content handles it.</summary>
public sealed record Discrepancy(string Id, string SeedText, string Handling, string Source);
