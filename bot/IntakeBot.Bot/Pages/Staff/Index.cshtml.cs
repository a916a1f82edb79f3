using IntakeBot.Bot.Staff.Web;
using IntakeBot.Casework.Audit;
using IntakeBot.Casework.Delivery;
using IntakeBot.Casework.Register;
using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;
using Microsoft.AspNetCore.Mvc;

namespace IntakeBot.Bot.Pages.Staff;

/// <summary>
/// /staff: the register of the caller's organisation, newest first, with filters (kind, status, organisation,
/// overdue, submission dates, assigned to me), paging, an overdue flag and a delivery-failure badge per row. Filter
/// values are parsed into typed values; anything unrecognised is ignored, never passed on as text.
/// </summary>
internal sealed class IndexModel(ICaseRegister register, IDeliveryLog deliveries, IAuditLog audit, TimeProvider time) : StaffPageModel(audit, time)
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Organisation { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Mine { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public string? PageNumber { get; set; }

    public CaseList Cases { get; private set; } = new([], 0);

    public IReadOnlySet<string> Failing { get; private set; } = new HashSet<string>();

    public DateOnly Today { get; private set; }

    public int CurrentPage { get; private set; } = 1;

    public int PageCount => Math.Max(1, (Cases.Total + PageSize - 1) / PageSize);

    public string UserOrganisation => Scope.OrganisationIds.Single();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = Scope;
        Today = StaffDates.Today(Time);
        CurrentPage = int.TryParse(PageNumber, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number is > 0 and <= 100_000 ? number : 1;
        var query = new CaseQuery(
            Kind: StaffNames.Parse<Kind>(Kind),
            Status: StaffNames.Parse<CaseStatus>(Status),
            OrganisationId: Organisation is { Length: > 0 and <= 100 } organisation ? organisation : null,
            OverdueOn: IsOn(Overdue) ? Today : null,
            SubmittedFrom: StaffDates.Parse(From),
            SubmittedTo: StaffDates.Parse(To),
            AssignedTo: IsOn(Mine) ? Actor.Id : null,
            Skip: (CurrentPage - 1) * PageSize,
            Take: PageSize);
        Cases = await register.ListAsync(scope, query, cancellationToken).ConfigureAwait(false);
        Failing = (await deliveries.FailingAsync(scope, cancellationToken).ConfigureAwait(false)).Select(d => d.Reference).ToHashSet(StringComparer.Ordinal);
        await AuditAsync(AuditActions.CaseList).ConfigureAwait(false);
        return Page();
    }

    public static bool IsOn(string? value) => value is "true" or "on" or "1";

    /// <summary>The current filters with another page number, for the pager links.</summary>
    public Dictionary<string, string> RouteFor(int page)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(values, "kind", StaffNames.Parse<Kind>(Kind) is { } kind ? StaffNames.Of(kind) : null);
        Add(values, "status", StaffNames.Parse<CaseStatus>(Status) is { } status ? StaffNames.Of(status) : null);
        Add(values, "organisation", Organisation is { Length: > 0 and <= 100 } ? Organisation : null);
        Add(values, "overdue", IsOn(Overdue) ? "true" : null);
        Add(values, "from", StaffDates.Parse(From) is { } from ? StaffDates.Iso(from) : null);
        Add(values, "to", StaffDates.Parse(To) is { } to ? StaffDates.Iso(to) : null);
        Add(values, "mine", IsOn(Mine) ? "true" : null);
        values["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }

    private static void Add(Dictionary<string, string> values, string name, string? value)
    {
        if (value is not null)
        {
            values[name] = value;
        }
    }
}
