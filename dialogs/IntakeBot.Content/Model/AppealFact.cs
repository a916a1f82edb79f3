namespace IntakeBot.Content.Model;

/// <summary>What comes after the external commission.</summary>
public sealed record AppealFact(
    bool Stated,
    string? AfterExternalCommission = null,
    IReadOnlyList<string>? Schemes = null,
    string? Source = null);
