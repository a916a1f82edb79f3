namespace IntakeBot.Content.Model;

/// <summary>interruptions.yaml: command id (stop, help, back, restart) to language to words.</summary>
public sealed record Interruptions(IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> Commands);
