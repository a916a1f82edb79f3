using IntakeBot.Bot.Privacy;
using IntakeBot.Casework.Audit;
using IntakeBot.Casework.Privacy;
using IntakeBot.Casework.Register;
using IntakeBot.Intake.Cases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntakeBot.Bot.Pages.Staff.Privacy;

/// <summary>
/// /staff/cases/{reference}/privacy, admins only: download the case's file (access request) or erase the case (erasure
/// request) after retyping its reference. A case of another organisation is not found.
/// </summary>
[Authorize(Policy = "staff-admin")]
public sealed class CasePrivacyModel(ICaseRegister register, PersonalFileService files, IAuditLog audit, TimeProvider time) : PageModel
{
    /// <summary>The case, while it exists.</summary>
    public CaseRecord? Record { get; private set; }

    /// <summary>The canonical reference.</summary>
    public string Reference { get; private set; } = "";

    /// <summary>True after an erase attempt whose retyped reference did not match.</summary>
    public bool Mismatch { get; private set; }

    /// <summary>True once the case was erased.</summary>
    public bool Erased { get; private set; }

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(reference, cancellationToken))
        {
            return NotFound();
        }

        var actor = StaffClaims.Actor(User);
        await audit.RecordAsync(new AuditEntry(time.GetUtcNow(), actor.Id, actor.DisplayName, Record!.Case.OrganisationId, AuditActions.CaseRead, Reference, "privacy page"), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(string reference, CancellationToken cancellationToken)
    {
        var scope = StaffClaims.Scope(User);
        var bytes = scope is null ? null : await files.ExportAsync(scope, reference, StaffClaims.Actor(User), cancellationToken);
        return bytes is null ? NotFound() : File(bytes, "application/json", CaseReference.Normalize(reference) + ".json");
    }

    public async Task<IActionResult> OnPostEraseAsync(string reference, [FromForm] string? confirmation, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(reference, cancellationToken))
        {
            return NotFound();
        }

        if (CaseReference.Normalize(confirmation) != Reference)
        {
            Mismatch = true;
            return Page();
        }

        if (!await files.EraseAsync(StaffClaims.Scope(User)!, Reference, StaffClaims.Actor(User), cancellationToken))
        {
            return NotFound();
        }

        Erased = true;
        Record = null;
        return Page();
    }

    private async Task<bool> LoadAsync(string reference, CancellationToken cancellationToken)
    {
        if (StaffClaims.Scope(User) is not { } scope || CaseReference.Normalize(reference) is not { } canonical)
        {
            return false;
        }

        Reference = canonical;
        Record = await register.GetAsync(scope, canonical, cancellationToken);
        return Record is not null;
    }
}
