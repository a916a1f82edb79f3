using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IntakeBot.Bot.Staff.Identity;

/// <summary>
/// Creating and managing staff accounts, shared by the admin CLI and the users page. Every password goes through
/// Identity's password rules; there is no default password.
/// </summary>
internal sealed class StaffAccounts(UserManager<StaffUser> users, TimeProvider time)
{
    /// <summary>Creates the account with one role; the errors of the password and user rules when it fails.</summary>
    public async Task<(StaffUser? User, IReadOnlyList<string> Errors)> CreateAsync(string email, string organisationId, string role, string? displayName, string password)
    {
        if (!StaffRoles.IsKnown(role))
        {
            return (null, [$"Unknown role '{role}'. Roles: {string.Join(", ", StaffRoles.All)}."]);
        }

        var user = new StaffUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            OrganisationId = organisationId,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email.Trim() : displayName.Trim(),
            LockoutEnabled = true,
        };
        if (user.DisplayName.Length > StaffIdentityDbContext.DisplayNameLength)
        {
            return (null, [$"The name may be at most {StaffIdentityDbContext.DisplayNameLength} characters."]);
        }

        var created = await users.CreateAsync(user, password).ConfigureAwait(false);
        if (!created.Succeeded)
        {
            return (null, Errors(created));
        }

        var added = await users.AddToRoleAsync(user, role).ConfigureAwait(false);
        return added.Succeeded ? (user, []) : (null, Errors(added));
    }

    /// <summary>The accounts of one organisation (or all when null), by e-mail.</summary>
    public async Task<IReadOnlyList<StaffAccount>> ListAsync(string? organisationId, CancellationToken cancellationToken = default)
    {
        var query = users.Users.AsNoTracking();
        if (organisationId is not null)
        {
            query = query.Where(u => u.OrganisationId == organisationId);
        }

        var found = await query.OrderBy(u => u.Email).ToListAsync(cancellationToken).ConfigureAwait(false);
        var accounts = new List<StaffAccount>(found.Count);
        foreach (var user in found)
        {
            accounts.Add(await ToAccountAsync(user).ConfigureAwait(false));
        }

        return accounts;
    }

    public async Task<StaffAccount> ToAccountAsync(StaffUser user)
    {
        var roles = await users.GetRolesAsync(user).ConfigureAwait(false);
        return new StaffAccount(user.Id, user.Email ?? "", user.DisplayName, user.OrganisationId, roles.FirstOrDefault(), IsLockedOut(user), user.TwoFactorEnabled);
    }

    public Task<StaffUser?> FindByEmailAsync(string email) => users.FindByEmailAsync(email.Trim());

    /// <summary>Replaces the user's role with <paramref name="role"/>.</summary>
    public async Task<IReadOnlyList<string>> SetRoleAsync(StaffUser user, string role)
    {
        if (!StaffRoles.IsKnown(role))
        {
            return [$"Unknown role '{role}'."];
        }

        var current = await users.GetRolesAsync(user).ConfigureAwait(false);
        var removed = await users.RemoveFromRolesAsync(user, current).ConfigureAwait(false);
        if (!removed.Succeeded)
        {
            return Errors(removed);
        }

        var added = await users.AddToRoleAsync(user, role).ConfigureAwait(false);
        // Open sessions pick up the new role at the next security stamp check.
        await users.UpdateSecurityStampAsync(user).ConfigureAwait(false);
        return added.Succeeded ? [] : Errors(added);
    }

    /// <summary>Sets a new password after checking it against the rules; also lifts a lockout.</summary>
    public async Task<IReadOnlyList<string>> ResetPasswordAsync(StaffUser user, string password)
    {
        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange(Errors(await validator.ValidateAsync(users, user, password).ConfigureAwait(false)));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        // Checked above, so adding cannot fail on the rules; no reset token, so the CLI needs no Data Protection keys.
        var removed = await users.RemovePasswordAsync(user).ConfigureAwait(false);
        var added = removed.Succeeded ? await users.AddPasswordAsync(user, password).ConfigureAwait(false) : removed;
        if (!added.Succeeded)
        {
            return Errors(added);
        }

        await UnlockAsync(user).ConfigureAwait(false);
        return [];
    }

    /// <summary>Ends a lockout (from failed sign-ins or from <see cref="LockAsync"/>).</summary>
    public async Task UnlockAsync(StaffUser user)
    {
        await users.SetLockoutEndDateAsync(user, null).ConfigureAwait(false);
        await users.ResetAccessFailedCountAsync(user).ConfigureAwait(false);
    }

    /// <summary>Locks the account until an admin unlocks it, and ends its open sessions.</summary>
    public async Task LockAsync(StaffUser user)
    {
        await users.SetLockoutEnabledAsync(user, true).ConfigureAwait(false);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue).ConfigureAwait(false);
        await users.UpdateSecurityStampAsync(user).ConfigureAwait(false);
    }

    private bool IsLockedOut(StaffUser user) => user.LockoutEnd is { } end && end > time.GetUtcNow();

    private static List<string> Errors(IdentityResult result) => [.. result.Errors.Select(e => e.Description)];
}
