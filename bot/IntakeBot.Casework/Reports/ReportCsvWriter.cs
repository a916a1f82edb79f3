using System.Globalization;
using CsvHelper;

namespace IntakeBot.Casework.Reports;

/// <summary>
/// Writes report rows as CSV (UTF-8 with BOM so spreadsheet programs read the accents; comma-separated, invariant
/// numbers) with the header <c>section,item,label,value</c>. The keys are stable for scripts; the label is for people.
/// </summary>
public static class ReportCsvWriter
{
    /// <summary>The CSV header.</summary>
    public static readonly IReadOnlyList<string> Header = ["section", "item", "label", "value"];

    /// <summary>The CSV bytes.</summary>
    public static byte[] Write(IReadOnlyList<ReportRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var buffer = new MemoryStream();
        // Labels come from content, never from users; escaping formula characters anyway keeps that true if it changes.
        var options = new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.Escape };
        using (var csv = CsvWriter.Create(buffer, options, leaveOpen: true))
        {
            csv.WriteRecord([.. Header]);
            foreach (var row in rows)
            {
                csv.WriteRecord([row.Section, row.Item, row.Label, row.Value?.ToString("0.##", CultureInfo.InvariantCulture) ?? ""]);
            }
        }

        return buffer.ToArray();
    }
}
