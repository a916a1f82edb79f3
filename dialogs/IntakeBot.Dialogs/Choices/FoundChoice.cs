namespace IntakeBot.Dialogs.Choices;

/// <summary>The choice recognised in an answer.</summary>
/// <param name="Value">The choice's value.</param>
/// <param name="Index">Its position in the list, from 0.</param>
/// <param name="Score">How well it matched, 0 to 1.</param>
/// <param name="Synonym">The value, synonym or title that matched.</param>
public sealed record FoundChoice(string Value, int Index, double Score, string? Synonym);
