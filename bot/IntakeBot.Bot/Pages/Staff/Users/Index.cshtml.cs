using IntakeBot.Bot.Staff.Identity;
using IntakeBot.Bot.Staff.Web;
using IntakeBot.Casework.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace IntakeBot.Bot.Pages.Staff.Users;

/// <summary>
/// /staff/users (admins only): the organisation's staff; add a member (a one-time password is generated and shown
/// once, never stored in clear), change a role, lock and unlock. Accounts of other organisations answer 404.
/// </summary>
internal sealed class IndexModel(StaffAccounts accounts, UserManager<StaffUser> users, IAuditLog audit, TimeProvider time) : StaffPageModel(audit, time)
{
    public IReadOnlyList<StaffAccount> Accounts { get; private set; } = [];

    public string? CreatedEmail { get; private set; }

    public string? OneTimePassword { get; private set; }

    public string? MessageKey { get; private set; }

    public string? ErrorKey { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        MessageKey = done == "changed" ? "staff.users.changed" : null;
        return await ShowAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostCreateAsync(string? email, string? name, string? role, CancellationToken cancellationToken)
    {
        if (!await IsAllowedAsync(StaffPolicies.StaffAdmin).ConfigureAwait(false))
        {
            return Forbid();
        }

        var password = StaffPasswords.Generate();
        var (user, _) = email is { Length: > 0 and <= 256 } && name is not { Length: > StaffIdentityDbContext.DisplayNameLength } && StaffRoles.IsKnown(role)
            ? await accounts.CreateAsync(email, Actor.OrganisationId, role!, name, password).ConfigureAwait(false)
            : (null, []);
        if (user is null)
        {
            ErrorKey = "staff.users.invalid";
            return await ShowAsync(cancellationToken, StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        await AuditAsync(AuditActions.UserCreated, detail: user.Id + " " + role).ConfigureAwait(false);
        CreatedEmail = user.Email;
        OneTimePassword = password;
        return await ShowAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<IActionResult> OnPostRoleAsync(string? id, string? role, CancellationToken cancellationToken) =>
        ChangeAsync(id, "role " + role, async user => (await accounts.SetRoleAsync(user, role ?? "").ConfigureAwait(false)).Count == 0, cancellationToken);

    public Task<IActionResult> OnPostLockAsync(string? id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "lock", async user =>
        {
            await accounts.LockAsync(user).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public Task<IActionResult> OnPostUnlockAsync(string? id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "unlock", async user =>
        {
            await accounts.UnlockAsync(user).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    private async Task<IActionResult> ChangeAsync(string? id, string detail, Func<StaffUser, Task<bool>> change, CancellationToken cancellationToken)
    {
        if (!await IsAllowedAsync(StaffPolicies.StaffAdmin).ConfigureAwait(false))
        {
            return Forbid();
        }

        var user = id is { Length: > 0 and <= 64 } ? await users.FindByIdAsync(id).ConfigureAwait(false) : null;
        if (user is null || user.OrganisationId != Actor.OrganisationId)
        {
            return NotFoundPage();
        }

        if (user.Id == Actor.Id)
        {
            ErrorKey = "staff.users.self";
            return await ShowAsync(cancellationToken, StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        if (!await change(user).ConfigureAwait(false))
        {
            ErrorKey = "staff.users.invalid";
            return await ShowAsync(cancellationToken, StatusCodes.Status400BadRequest).ConfigureAwait(false);
        }

        await AuditAsync(AuditActions.UserChanged, detail: user.Id + " " + detail).ConfigureAwait(false);
        return RedirectToPage(new { done = "changed" });
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken, int statusCode = StatusCodes.Status200OK)
    {
        Accounts = await accounts.ListAsync(Actor.OrganisationId, cancellationToken).ConfigureAwait(false);
        var page = Page();
        page.StatusCode = statusCode;
        return page;
    }
}
