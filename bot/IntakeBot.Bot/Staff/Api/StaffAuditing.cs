using System.Security.Claims;
using IntakeBot.Bot.Staff.Identity;
using IntakeBot.Casework;
using IntakeBot.Casework.Audit;

namespace IntakeBot.Bot.Staff.Api;

/// <summary>Writes the audit entry of a staff API call, with the API key as the actor (<see cref="StaffClaims"/>).</summary>
internal static class StaffAuditing
{
    public static CaseScope Scope(ClaimsPrincipal user) => StaffClaims.ScopeOf(user);

    public static Task RecordAsync(IAuditLog audit, TimeProvider time, ClaimsPrincipal user, string action, string? reference, string? detail, CancellationToken cancellationToken)
    {
        var actor = StaffClaims.ActorOf(user);
        return audit.RecordAsync(new AuditEntry(time.GetUtcNow(), actor.Id, actor.DisplayName, actor.OrganisationId, action, reference, detail), cancellationToken);
    }
}
