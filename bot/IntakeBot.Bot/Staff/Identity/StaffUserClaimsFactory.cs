using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IntakeBot.Bot.Staff.Identity;

/// <summary>Adds the organisation and the display name to the principal Identity builds at sign-in.</summary>
internal sealed class StaffUserClaimsFactory(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    public const string DisplayNameClaim = "intakebot:display-name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        identity.AddClaim(new Claim(StaffClaims.Organisation, user.OrganisationId));
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName.Length > 0 ? user.DisplayName : user.Email ?? user.UserName ?? user.Id));
        return identity;
    }
}
