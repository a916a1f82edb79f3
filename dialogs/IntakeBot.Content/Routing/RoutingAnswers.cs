using IntakeBot.Content.Model;

namespace IntakeBot.Content.Routing;

/// <summary>
/// What the user told the bot that matters for routing. Unknown answers stay null.
/// <see cref="Scheme"/> ("jeugdwet"/"wmo") picks a scheme; <see cref="Part"/> a partner or location;
/// <see cref="Municipality"/> the municipality id of a bezwaar.
/// </summary>
public sealed record RoutingAnswers(
    Role? Role = null,
    AgeGroup AgeGroup = AgeGroup.Unknown,
    bool? AlreadyTalkedToEmployee = null,
    bool WantsAnonymity = false,
    bool WantsExternalCommission = false,
    DateOnly? DecisionDate = null,
    string? Scheme = null,
    string? Municipality = null,
    string? Part = null);
