namespace IntakeBot.Casework.Reports;

/// <summary>
/// How long closed cases (status afgehandeld) took, in calendar days from submission to closing. Median and p90 use
/// the nearest-rank method on whole days (median of an even count: the mean of the two middle values). Null when
/// nothing was closed. <see cref="TermDays"/> is the complaint handling term of the regulation in calendar days, when
/// it states one in days or weeks; <see cref="ClosedWithinTerm"/> counts closed complaints that took no longer.
/// </summary>
public sealed record HandlingTimes(
    int Closed,
    double? MedianDays,
    double? MeanDays,
    int? P90Days,
    int? TermDays,
    int? ClosedWithinTerm);
