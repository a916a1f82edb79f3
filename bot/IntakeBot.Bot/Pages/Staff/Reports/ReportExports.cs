using IntakeBot.Bot.Staff;
using IntakeBot.Casework.Reports;

namespace IntakeBot.Bot.Pages.Staff.Reports;

/// <summary>A report's rows with Dutch labels from content/staff/reports.nl.yaml, as CSV or XLSX bytes.</summary>
internal static class ReportExports
{
    public static IReadOnlyList<ReportRow> Rows(AnnualReport report, StaffTexts texts) =>
        // Channel ids (webchat, msteams, ...) have no staff text; the id itself is the label.
        ReportRows.Of(report, key => key.StartsWith("reports.channel.", StringComparison.Ordinal) ? null : texts[key]);

    public static byte[] Csv(AnnualReport report, StaffTexts texts) => ReportCsvWriter.Write(Rows(report, texts));

    public static byte[] Xlsx(AnnualReport report, StaffTexts texts) => ReportXlsxWriter.Write(
        Rows(report, texts),
        texts["reports.sheet.name"],
        [texts["reports.column.section"], texts["reports.column.item"], texts["reports.column.label"], texts["reports.column.value"]]);
}
