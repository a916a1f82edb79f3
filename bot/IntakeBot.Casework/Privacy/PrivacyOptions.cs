namespace IntakeBot.Casework.Privacy;

/// <summary>Retention settings (configuration section <c>Privacy</c>).</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>
    /// Years a closed case is kept when the organisation's regulation states no term (content <c>retention.years</c>).
    /// Default 2, the shortest term in the regulations we have (Kracht), because the AVG asks for no longer than needed.
    /// </summary>
    public int DefaultRetentionYears { get; set; } = 2;

    /// <summary>Days a conversation that never became a case is kept after its last message. Default 30.</summary>
    public int AbandonedTranscriptDays { get; set; } = 30;

    /// <summary>How often the retention job deletes what is due. Default once a day.</summary>
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// How often the job looks at the clock to see whether a run is due. Short, so a run is not skipped when the host
    /// sleeps or the clock jumps; a look costs nothing.
    /// </summary>
    public TimeSpan RetentionCheckInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Throws when a value is out of range; called once at start-up.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(DefaultRetentionYears, 1, "Privacy:DefaultRetentionYears");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(DefaultRetentionYears, 100, "Privacy:DefaultRetentionYears");
        ArgumentOutOfRangeException.ThrowIfLessThan(AbandonedTranscriptDays, 1, "Privacy:AbandonedTranscriptDays");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(AbandonedTranscriptDays, 3650, "Privacy:AbandonedTranscriptDays");
        ArgumentOutOfRangeException.ThrowIfLessThan(RetentionInterval, TimeSpan.FromMinutes(1), "Privacy:RetentionInterval");
        ArgumentOutOfRangeException.ThrowIfLessThan(RetentionCheckInterval, TimeSpan.FromMilliseconds(10), "Privacy:RetentionCheckInterval");
    }
}
