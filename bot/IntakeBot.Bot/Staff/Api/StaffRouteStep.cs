namespace IntakeBot.Bot.Staff.Api;

/// <summary>One step of a case's route in the staff API; <see cref="Deadline"/> is yyyy-MM-dd or null.</summary>
public sealed record StaffRouteStep(
    int Order,
    string StepId,
    string DestinationId,
    string Name,
    string? Channel,
    string? Contact,
    DateOnly? Deadline,
    bool Skippable);
