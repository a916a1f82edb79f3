using System.Security.Claims;
using IntakeBot.Bot.Delivery;
using IntakeBot.Bot.Staff;
using IntakeBot.Casework;
using IntakeBot.Casework.Audit;
using IntakeBot.Casework.Delivery;
using IntakeBot.Casework.Register;
using IntakeBot.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntakeBot.Bot.Pages.Staff.Cases;

/// <summary>
/// GET /staff/cases/{reference}/letter[?step=&lt;step id&gt;]: the case as a print-ready A4 letter for a route step that
/// goes by post. Only the staff member's own organisation's cases; any other reference is 404. Every view is audited.
/// </summary>
[Authorize(Policy = DeliveryRegistration.StaffPolicy)]
public sealed class LetterModel(
    ICaseRegister register,
    IAuditLog audit,
    ContentCatalog catalog,
    IDeliveryTexts deliveryTexts,
    StaffTexts texts,
    TimeProvider time) : PageModel
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>The letter shown.</summary>
    public Letter Letter { get; private set; } = null!;

    /// <summary>The staff texts (screen-only labels).</summary>
    public StaffTexts Texts => texts;

    /// <summary>Composes the letter, or 404 when the case is unknown or another organisation's.</summary>
    public async Task<IActionResult> OnGetAsync(string reference, string? step, CancellationToken cancellationToken)
    {
        var organisation = User.FindFirst(DeliveryRegistration.OrganisationClaim)?.Value;
        if (string.IsNullOrWhiteSpace(organisation) || string.IsNullOrWhiteSpace(reference) || reference.Length > 40)
        {
            return NotFound();
        }

        var record = await register.GetAsync(CaseScope.For(organisation), reference, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return NotFound();
        }

        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Amsterdam).DateTime);
        Letter = LetterComposer.Compose(record.Case, catalog, deliveryTexts, today, string.IsNullOrWhiteSpace(step) || step.Length > 100 ? null : step);
        var actorId = User.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? User.Identity?.Name ?? "unknown";
        var actorName = User.FindFirst(ClaimTypes.Name)?.Value ?? actorId;
        await audit.RecordAsync(new AuditEntry(now, actorId, actorName, organisation, AuditActions.LetterPrinted, record.Case.Reference, Letter.StepId), cancellationToken).ConfigureAwait(false);

        // The letter holds personal data: never from a shared cache or the browser's back button on another session.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    /// <summary>The page title.</summary>
    public string Title => texts["delivery.letter.title"].Replace("{reference}", Letter.Reference, StringComparison.Ordinal);
}
