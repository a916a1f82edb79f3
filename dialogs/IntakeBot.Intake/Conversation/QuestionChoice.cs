namespace IntakeBot.Intake.Conversation;

/// <summary>A button: <see cref="Id"/> is what the conversation acts on, <see cref="Label"/> what the user sees.</summary>
public sealed record QuestionChoice(string Id, string Label, IReadOnlyList<string>? Synonyms = null);
