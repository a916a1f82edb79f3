using IntakeBot.Casework.Register;
using IntakeBot.Content;
using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Casework.Reports;

/// <summary>Builds an <see cref="AnnualReport"/> from the anonymous facts (<see cref="ICaseRegister.FactsAsync"/>).</summary>
public sealed class AnnualReportBuilder(ICaseRegister register, ContentCatalog catalog)
{
    /// <summary>The report of one organisation's cases submitted in <paramref name="year"/>.</summary>
    public async Task<AnnualReport> BuildAsync(string organisationId, int year, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisationId);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        var facts = await register.FactsAsync(organisationId, year, cancellationToken).ConfigureAwait(false);
        return Build(organisationId, year, facts, HandlingTermDays(organisationId));
    }

    /// <summary>The report over <paramref name="facts"/> (facts of other organisations or years are ignored).</summary>
    public static AnnualReport Build(string organisationId, int year, IReadOnlyList<CaseFact> facts, int? termDays)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var mine = facts.Where(f => f.OrganisationId == organisationId && f.SubmittedOn.Year == year).ToList();
        var complaints = mine.Where(f => f.Kind == Kind.Klacht).ToList();
        var closed = mine.Where(f => f.Status == CaseStatus.Afgehandeld).ToList();
        return new AnnualReport(
            organisationId,
            year,
            mine.Count,
            mine.Count(f => f.Status is not (CaseStatus.Afgehandeld or CaseStatus.Ingetrokken)),
            mine.Count(f => f.Anonymous),
            mine.Count(f => !f.Anonymous),
            CountAll(mine, f => f.Kind),
            CountWithUnknown(complaints, f => f.Nature),
            CountWithUnknown(closed, f => f.Outcome),
            CountAll(mine, f => f.Status),
            [.. mine.GroupBy(f => f.ChannelId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new ReportCount(g.Key, g.Count()))],
            Handling(closed, complaints, termDays));
    }

    private static List<ReportCount> CountAll<T>(List<CaseFact> facts, Func<CaseFact, T> key)
        where T : struct, Enum
    {
        // Every value is listed, zeros too, so reports of different years line up row by row.
        return [.. Enum.GetValues<T>().Select(value => new ReportCount(ReportKeys.Of(value), facts.Count(f => key(f).Equals(value))))];
    }

    private static List<ReportCount> CountWithUnknown<T>(List<CaseFact> facts, Func<CaseFact, T?> key)
        where T : struct, Enum
    {
        var known = Enum.GetValues<T>().Select(value => new ReportCount(ReportKeys.Of(value), facts.Count(f => key(f) is { } v && v.Equals(value)))).ToList();
        known.Add(new ReportCount(AnnualReport.Unknown, facts.Count(f => key(f) is null)));
        return known;
    }

    private static HandlingTimes Handling(List<CaseFact> closed, List<CaseFact> complaints, int? termDays)
    {
        var days = closed.Where(f => f.HandlingDays is not null).Select(f => f.HandlingDays!.Value).Order().ToArray();
        int? withinTerm = termDays is { } term
            ? complaints.Count(f => f.Status == CaseStatus.Afgehandeld && f.HandlingDays is { } d && d <= term)
            : null;
        if (days.Length == 0)
        {
            return new HandlingTimes(0, null, null, null, termDays, withinTerm);
        }

        var middle = days.Length / 2;
        double median = days.Length % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2.0;
        var p90 = days[(int)Math.Ceiling(0.9 * days.Length) - 1];
        return new HandlingTimes(days.Length, median, Math.Round(days.Average(), 1, MidpointRounding.AwayFromZero), p90, termDays, withinTerm);
    }

    private int? HandlingTermDays(string organisationId)
    {
        if (!catalog.Organisations.TryGetValue(organisationId, out var organisation))
        {
            return null;
        }

        // The regulation's term for handling a complaint, counted from submission; workdays need the calendar, and a
        // term that only applies to one step (the external commission) is not the organisation's own.
        var terms = organisation.RulesFor(Kind.Klacht)
            .SelectMany(rule => rule.Deadlines)
            .Where(d => d.Id == "handling" && d.From == "submission" && d.OnlyForStep is null && d.Unit != DeadlineUnit.Workdays)
            .Select(d => d.Unit == DeadlineUnit.Weeks ? d.Amount * 7 : d.Amount)
            .ToList();
        return terms.Count == 0 ? null : terms.Max();
    }
}
