using IntakeBot.Bot.Privacy;
using IntakeBot.Bot.Staff;
using IntakeBot.Casework.Audit;
using IntakeBot.Casework.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntakeBot.Bot.Pages.Staff.Reports;

/// <summary>/staff/reports?year=2026: the annual report of the member's own organisation, with a bar chart and tables.</summary>
[Authorize(Policy = "staff")]
public sealed class IndexModel(AnnualReportBuilder builder, IAuditLog audit, TimeProvider time, StaffTexts texts) : PageModel
{
    private const int BarHeight = 22;
    private const int BarGap = 8;
    private const int MaxBarWidth = 320;

    /// <summary>The year asked for; this year when absent.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public AnnualReport? Report { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<ChartBar> Bars { get; private set; } = [];

    public int ChartHeight => Bars.Count * (BarHeight + BarGap);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (StaffClaims.Organisation(User) is not { } organisation)
        {
            return Forbid();
        }

        Years = ReportYears.All(time);
        Year ??= ReportYears.Current(time);
        if (!Years.Contains(Year.Value))
        {
            return NotFound();
        }

        Report = await builder.BuildAsync(organisation, Year.Value, cancellationToken);
        var most = Math.Max(1, Report.ByKind.Max(count => count.Count));
        Bars = [.. Report.ByKind.Select((count, index) => new ChartBar(
            texts["reports.kind." + count.Key], count.Count, index * (BarHeight + BarGap), count.Count * MaxBarWidth / most))];
        var actor = StaffClaims.Actor(User);
        await audit.RecordAsync(new AuditEntry(time.GetUtcNow(), actor.Id, actor.DisplayName, organisation, AuditActions.ReportRead, null, "year " + Year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)), cancellationToken);
        return Page();
    }
}
