namespace IntakeBot.Intake.Cases;

/// <summary>The values of <see cref="CaseEvent.Type"/>.</summary>
public static class CaseEventTypes
{
    /// <summary>A case was submitted.</summary>
    public const string Created = "created";

    /// <summary>The person who submitted a case withdrew it.</summary>
    public const string Withdrawn = "withdrawn";
}
