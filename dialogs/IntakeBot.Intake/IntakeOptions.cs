namespace IntakeBot.Intake;

/// <summary>Settings of the intake conversation that are not content.</summary>
public sealed class IntakeOptions
{
    public const string SectionName = "Intake";

    /// <summary>The privacy page linked in the welcome.</summary>
    public string PrivacyUrl { get; set; } = "/privacy";

    /// <summary>How long a resume code works.</summary>
    public int ResumeDays { get; set; } = 14;

    /// <summary>The time zone dates are told in.</summary>
    public string TimeZone { get; set; } = "Europe/Amsterdam";
}
