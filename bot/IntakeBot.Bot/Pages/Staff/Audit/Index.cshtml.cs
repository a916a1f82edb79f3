using IntakeBot.Bot.Privacy;
using IntakeBot.Casework.Audit;
using IntakeBot.Intake.Cases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntakeBot.Bot.Pages.Staff.Audit;

/// <summary>/staff/audit, admins only: the organisation's audit log, newest first, filtered by case, member and dates.</summary>
[Authorize(Policy = "staff-admin")]
public sealed class IndexModel(IAuditLog audit) : PageModel
{
    private const int Take = 200;

    [BindProperty(SupportsGet = true)]
    public string? Reference { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    /// <summary>True when a filter could not be read (and was left out).</summary>
    public bool Invalid { get; private set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (StaffClaims.Scope(User) is not { } scope)
        {
            return Forbid();
        }

        string? reference = null;
        if (!string.IsNullOrWhiteSpace(Reference))
        {
            reference = CaseReference.Normalize(Reference);
            Invalid |= reference is null;
        }

        Invalid |= !StaffTime.TryParseDay(From, out var from) | !StaffTime.TryParseDay(To, out var to);
        var actor = string.IsNullOrWhiteSpace(Actor) ? null : Actor.Trim();
        var query = new AuditQuery(
            reference,
            actor is { Length: <= 200 } ? actor : null,
            from is { } start ? StaffTime.StartOf(start) : null,
            to is { } end ? StaffTime.StartOf(end.AddDays(1)).AddTicks(-1) : null,
            Take);
        Entries = Invalid && reference is null && !string.IsNullOrWhiteSpace(Reference) ? [] : await audit.QueryAsync(scope, query, cancellationToken);
        return Page();
    }
}
