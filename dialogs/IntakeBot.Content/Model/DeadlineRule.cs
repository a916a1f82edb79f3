namespace IntakeBot.Content.Model;

/// <summary>
/// A deadline the regulation states. <see cref="From"/> is "submission" or the id of an earlier deadline
/// of the same kind (the count starts when that one ends). <see cref="Discrepancy"/> names the recorded reading
/// when the seed leaves part of the deadline open (e.g. when the count starts).
/// </summary>
public sealed record DeadlineRule(
    string Id,
    int Amount,
    DeadlineUnit Unit,
    string From,
    string TextKey,
    string Source,
    bool Approximate = false,
    bool ExtensionPossible = false,
    string? OnlyForStep = null,
    string? Discrepancy = null);
