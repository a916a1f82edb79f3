using System.Security.Claims;
using IntakeBot.Bot.Staff.Api;
using IntakeBot.Casework;

namespace IntakeBot.Bot.Staff.Identity;

/// <summary>Reads the staff claims of a signed-in principal (cookie or API key).</summary>
public static class StaffClaims
{
    /// <summary>The organisation claim; the same claim API keys carry.</summary>
    public const string Organisation = ApiKeyAuthentication.OrganisationClaim;

    /// <summary>The organisation, or null when the principal has none (not staff).</summary>
    public static string? OrganisationOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirst(Organisation)?.Value is { Length: > 0 } organisation ? organisation : null;
    }

    /// <summary>The scope of the principal's organisation.</summary>
    /// <exception cref="InvalidOperationException">The principal has no organisation claim (the staff policies require it).</exception>
    public static CaseScope ScopeOf(ClaimsPrincipal user) =>
        CaseScope.For(OrganisationOf(user) ?? throw new InvalidOperationException("The principal has no organisation claim."));

    /// <summary>The principal as the actor of a change or audit entry.</summary>
    public static StaffActor ActorOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? (user.FindFirstValue(ApiKeyAuthentication.KeyIdClaim) is { } key ? "apikey:" + key : null)
            ?? throw new InvalidOperationException("The principal has no user id.");
        var name = user.FindFirstValue(StaffUserClaimsFactory.DisplayNameClaim) ?? user.Identity?.Name ?? id;
        return new StaffActor(id, name, OrganisationOf(user) ?? throw new InvalidOperationException("The principal has no organisation claim."));
    }
}
