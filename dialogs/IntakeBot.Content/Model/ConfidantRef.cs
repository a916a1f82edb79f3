namespace IntakeBot.Content.Model;

/// <summary>A confidant offered by the organisation, optionally only for some schemes or parts.</summary>
public sealed record ConfidantRef(
    string Destination,
    string Source,
    IReadOnlyList<string>? Schemes = null,
    IReadOnlyList<string>? Parts = null,
    string? Discrepancy = null);
