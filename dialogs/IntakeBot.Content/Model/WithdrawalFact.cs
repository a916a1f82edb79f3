namespace IntakeBot.Content.Model;

/// <summary>How a complaint can be withdrawn.</summary>
public sealed record WithdrawalFact(
    bool Stated,
    string? When = null,
    string? How = null,
    string? Destination = null,
    string? Source = null);
