namespace IntakeBot.Intake.Cases;

/// <summary>
/// One step of a case's route as stored: where it goes (<see cref="DestinationId"/>, <see cref="Name"/>), how
/// (<see cref="Channel"/>: "email", "phone", "form", "post", "in-person", ...; <see cref="Contact"/>: the address,
/// number or link, when known) and by when the organisation must act (<see cref="Deadline"/>, the latest of the
/// step's deadlines, or null when the regulation states none).
/// </summary>
public sealed record CaseRouteStep(
    int Order,
    string StepId,
    string DestinationId,
    string Name,
    string? Channel,
    string? Contact,
    DateOnly? Deadline,
    bool Skippable);
