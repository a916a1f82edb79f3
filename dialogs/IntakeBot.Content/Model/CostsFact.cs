namespace IntakeBot.Content.Model;

/// <summary>Costs. <see cref="ConfidantFree"/> is set when only the confidant is stated to be free.</summary>
public sealed record CostsFact(
    bool Stated,
    bool? Free = null,
    bool? IncludesConfidant = null,
    bool? ConfidantFree = null,
    string? Source = null);
