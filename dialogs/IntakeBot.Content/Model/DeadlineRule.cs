namespace IntakeBot.Content.Model;

/// <summary>
/// A deadline the regulation states. <see cref="From"/> is "submission" or the id of an earlier deadline
/// of the same kind (the count starts when that one ends).
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
    string? OnlyForStep = null);
