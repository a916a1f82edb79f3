using System.Security.Claims;
using IntakeBot.Casework;

namespace IntakeBot.Bot.Privacy;

/// <summary>The scope and actor of a signed-in staff member or API key (claims from the staff identity contract).</summary>
internal static class StaffClaims
{
    /// <summary>The claim holding the member's one organisation id.</summary>
    public const string OrganisationClaim = "intakebot:organisation";

    /// <summary>The member's organisation, or null when the principal has none (then nothing is visible).</summary>
    public static string? Organisation(ClaimsPrincipal user) =>
        user.FindFirst(OrganisationClaim)?.Value is { Length: > 0 } organisation ? organisation : null;

    /// <summary>A scope over the member's organisation, or null.</summary>
    public static CaseScope? Scope(ClaimsPrincipal user) => Organisation(user) is { } organisation ? CaseScope.For(organisation) : null;

    /// <summary>The member as an actor for audit entries: the user id, else the name.</summary>
    public static StaffActor Actor(ClaimsPrincipal user)
    {
        var name = user.Identity?.Name ?? user.FindFirst(ClaimTypes.Name)?.Value;
        var id = user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? name ?? "unknown";
        return new StaffActor(id, name ?? id, Organisation(user) ?? "");
    }
}
