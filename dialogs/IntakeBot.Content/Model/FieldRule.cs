namespace IntakeBot.Content.Model;

/// <summary>Required and optional fields. <see cref="Stated"/> is false when the regulation lists none.</summary>
public sealed record FieldRule(bool Stated, IReadOnlyList<string> Required, IReadOnlyList<string> Optional, string? Source = null);
