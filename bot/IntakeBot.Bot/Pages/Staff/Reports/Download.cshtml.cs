using System.Globalization;
using IntakeBot.Bot.Privacy;
using IntakeBot.Bot.Staff;
using IntakeBot.Casework.Audit;
using IntakeBot.Casework.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntakeBot.Bot.Pages.Staff.Reports;

/// <summary>/staff/reports/2026.csv and /staff/reports/2026.xlsx: the member's own organisation's report as a file.</summary>
[Authorize(Policy = "staff")]
public sealed class DownloadModel(AnnualReportBuilder builder, IAuditLog audit, TimeProvider time, StaffTexts texts) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int year, string format, CancellationToken cancellationToken)
    {
        if (StaffClaims.Organisation(User) is not { } organisation)
        {
            return Forbid();
        }

        if (!ReportYears.All(time).Contains(year))
        {
            return NotFound();
        }

        var report = await builder.BuildAsync(organisation, year, cancellationToken);
        var actor = StaffClaims.Actor(User);
        var name = string.Create(CultureInfo.InvariantCulture, $"{organisation}-{year}.{format}");
        await audit.RecordAsync(new AuditEntry(time.GetUtcNow(), actor.Id, actor.DisplayName, organisation, AuditActions.ReportExported, null, name), cancellationToken);
        return format == "xlsx"
            ? File(ReportExports.Xlsx(report, texts), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name)
            : File(ReportExports.Csv(report, texts), "text/csv; charset=utf-8", name);
    }
}
