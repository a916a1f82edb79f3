namespace IntakeBot.Content.Model;

/// <summary>The anonymity rule of one kind.</summary>
public sealed record AnonymityRule(AnonymityRuleKind Rule, string? Source = null);
