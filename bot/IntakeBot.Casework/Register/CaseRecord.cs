using IntakeBot.Intake.Cases;

namespace IntakeBot.Casework.Register;

/// <summary>
/// A case as staff see it: what the intake stored plus handling data. <see cref="DueOn"/> is the earliest deadline of
/// the route (null when the regulation states none); a case is overdue when it is still open after that day.
/// <see cref="Version"/> grows with every change, for optimistic concurrency in forms.
/// </summary>
public sealed record CaseRecord(
    IntakeCase Case,
    DateOnly? DueOn,
    string? AssignedToId,
    string? AssignedToName,
    CaseOutcome? Outcome,
    ComplaintNature? Nature,
    DateTimeOffset? ClosedAt,
    DateTimeOffset UpdatedAt,
    long Version)
{
    /// <summary>True while the organisation still has to act (not closed, not withdrawn).</summary>
    public bool IsOpen => Case.Status is not (CaseStatus.Afgehandeld or CaseStatus.Ingetrokken);

    /// <summary>True when open and <paramref name="today"/> is after <see cref="DueOn"/>.</summary>
    public bool IsOverdue(DateOnly today) => IsOpen && DueOn is { } due && today > due;

    /// <summary>The earliest deadline of a route, or null.</summary>
    public static DateOnly? EarliestDeadline(IReadOnlyList<CaseRouteStep> route)
    {
        ArgumentNullException.ThrowIfNull(route);
        DateOnly? earliest = null;
        foreach (var step in route)
        {
            if (step.Deadline is { } deadline && (earliest is null || deadline < earliest))
            {
                earliest = deadline;
            }
        }

        return earliest;
    }
}
