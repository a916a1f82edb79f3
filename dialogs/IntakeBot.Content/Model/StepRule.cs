namespace IntakeBot.Content.Model;

/// <summary>One step of a procedure, in order. <see cref="DirectAccess"/>: the user may start here.</summary>
public sealed record StepRule(
    string Id,
    string Destination,
    bool Skippable,
    string ReasonKey,
    string Source,
    bool DirectAccess = false);
