namespace IntakeBot.Casework.Reports;

/// <summary>
/// An organisation's anonymous annual report over the cases submitted in <see cref="Year"/>, deleted ones included.
/// Counts only: no reference, field, text or person. Small counts are not suppressed, as the commissions' published
/// reports do not suppress them; a count holds no personal data by itself.
/// </summary>
public sealed record AnnualReport(
    string OrganisationId,
    int Year,
    int Total,
    int Open,
    int Anonymous,
    int Named,
    IReadOnlyList<ReportCount> ByKind,
    IReadOnlyList<ReportCount> ByNature,
    IReadOnlyList<ReportCount> ByOutcome,
    IReadOnlyList<ReportCount> ByStatus,
    IReadOnlyList<ReportCount> ByChannel,
    HandlingTimes Handling)
{
    /// <summary>The key for a missing nature or outcome.</summary>
    public const string Unknown = "onbekend";
}
