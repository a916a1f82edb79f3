using System.Globalization;

namespace IntakeBot.Casework.Reports;

/// <summary>Flattens a report into rows for CSV and XLSX, with labels from the staff texts (key reports.&lt;section&gt;.&lt;item&gt;).</summary>
public static class ReportRows
{
    /// <summary>
    /// The rows of <paramref name="report"/>. <paramref name="label"/> gives the text for a key, or null when there is
    /// none (channel ids have no text), in which case the item key is shown.
    /// </summary>
    public static IReadOnlyList<ReportRow> Of(AnnualReport report, Func<string, string?> label)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(label);
        var rows = new List<ReportRow>();
        void Add(string section, string item, double? value) =>
            rows.Add(new ReportRow(section, item, label(string.Create(CultureInfo.InvariantCulture, $"reports.{section}.{item}")) ?? item, value));

        Add("total", "cases", report.Total);
        Add("total", "open", report.Open);
        Add("total", "anonymous", report.Anonymous);
        Add("total", "named", report.Named);
        AddCounts("kind", report.ByKind);
        AddCounts("nature", report.ByNature);
        AddCounts("outcome", report.ByOutcome);
        AddCounts("status", report.ByStatus);
        AddCounts("channel", report.ByChannel);
        var handling = report.Handling;
        Add("handling", "closed", handling.Closed);
        Add("handling", "median-days", handling.MedianDays);
        Add("handling", "mean-days", handling.MeanDays);
        Add("handling", "p90-days", handling.P90Days);
        Add("handling", "term-days", handling.TermDays);
        Add("handling", "closed-within-term", handling.ClosedWithinTerm);
        return rows;

        void AddCounts(string section, IReadOnlyList<ReportCount> counts)
        {
            foreach (var count in counts)
            {
                Add(section, count.Key, count.Count);
            }
        }
    }
}
