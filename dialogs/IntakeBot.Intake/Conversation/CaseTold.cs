namespace IntakeBot.Intake.Conversation;

/// <summary>
/// What one turn told the user about a case it submitted: the reference and its messages word for word (the reference,
/// the bezwaar letter, who contacts them and by when, the second-message intro), as rendered then.
/// </summary>
/// <remarks>
/// Kept as said rather than built again: the texts depend on answers that a second case resets, on the day of the
/// submission (the deadlines) and on notices shown before, so building them again later could tell something else.
/// </remarks>
public sealed record CaseTold(string Reference, IReadOnlyList<string> Messages);
