using IntakeBot.Bot.Staff.Identity;
using IntakeBot.Casework;
using IntakeBot.Casework.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntakeBot.Bot.Staff.Web;

/// <summary>
/// The base of the signed-in staff pages: the caller's scope and actor from their claims, audit entries, policy checks
/// for write handlers, and the 404 page that answers for unknown cases and other organisations' cases alike.
/// </summary>
internal abstract class StaffPageModel(IAuditLog audit, TimeProvider time) : PageModel
{
    protected TimeProvider Time => time;

    /// <summary>The caller's organisation as a scope; every register call takes it.</summary>
    public CaseScope Scope => StaffClaims.ScopeOf(User);

    public StaffActor Actor => StaffClaims.ActorOf(User);

    /// <summary>Records who did what; entries hold references and ids, never field values.</summary>
    protected Task AuditAsync(string action, string? reference = null, string? detail = null)
    {
        var actor = Actor;
        return audit.RecordAsync(new AuditEntry(time.GetUtcNow(), actor.Id, actor.DisplayName, actor.OrganisationId, action, reference, detail), HttpContext.RequestAborted);
    }

    /// <summary>True when the caller satisfies <paramref name="policy"/> (handlers that change something check <see cref="StaffPolicies.StaffWrite"/>).</summary>
    protected async Task<bool> IsAllowedAsync(string policy)
    {
        var authorization = HttpContext.RequestServices.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(User, policy).ConfigureAwait(false)).Succeeded;
    }

    /// <summary>404 with the not-found text: the same answer whether the case does not exist or is another organisation's.</summary>
    protected IActionResult NotFoundPage()
    {
        var result = Partial("_NotFound");
        result.StatusCode = StatusCodes.Status404NotFound;
        return result;
    }
}
