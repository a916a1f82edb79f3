using IntakeBot.Bot.Staff.Identity;
using IntakeBot.Casework.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntakeBot.Bot.Pages.Staff;

/// <summary>
/// /staff/signin: e-mail and password; five failures lock the account for 15 minutes. The message never says whether
/// the e-mail exists. With two-factor on, the next step is /staff/signin/code.
/// </summary>
internal sealed class SignInModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, IAuditLog audit, TimeProvider time) : PageModel
{
    public string? Email { get; private set; }

    public string ReturnUrl { get; private set; } = "/staff";

    public bool Failed { get; private set; }

    public IActionResult OnGet(string? returnUrl)
    {
        ReturnUrl = SafeReturnUrl(returnUrl);
        return User.Identity?.IsAuthenticated == true && StaffClaims.OrganisationOf(User) is not null ? LocalRedirect(ReturnUrl) : Page();
    }

    public async Task<IActionResult> OnPostAsync(string? email, string? password, string? returnUrl)
    {
        ReturnUrl = SafeReturnUrl(returnUrl);
        Email = email?.Trim();
        if (string.IsNullOrEmpty(Email) || string.IsNullOrEmpty(password) || Email.Length > 256 || password.Length > 256)
        {
            return Refused();
        }

        var result = await signIn.PasswordSignInAsync(Email, password, isPersistent: false, lockoutOnFailure: true).ConfigureAwait(false);
        var user = await users.FindByEmailAsync(Email).ConfigureAwait(false);
        if (result.Succeeded)
        {
            await RecordAsync(user, AuditActions.SignIn).ConfigureAwait(false);
            return LocalRedirect(ReturnUrl);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Staff/SignInCode", new { returnUrl = ReturnUrl });
        }

        await RecordAsync(user, AuditActions.SignInFailed).ConfigureAwait(false);
        return Refused();
    }

    private PageResult Refused()
    {
        Failed = true;
        var page = Page();
        page.StatusCode = StatusCodes.Status401Unauthorized;
        return page;
    }

    // Failed attempts on unknown e-mail addresses have no organisation to file them under; the log has them.
    private Task RecordAsync(StaffUser? user, string action) => user is null
        ? Task.CompletedTask
        : audit.RecordAsync(new AuditEntry(time.GetUtcNow(), user.Id, user.DisplayName, user.OrganisationId, action), HttpContext.RequestAborted);

    /// <summary>Only paths inside the staff area; anything else (other hosts, //evil, /\evil) goes to /staff.</summary>
    internal static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 and <= 512 } url
        && (url == "/staff" || url.StartsWith("/staff/", StringComparison.Ordinal) || url.StartsWith("/staff?", StringComparison.Ordinal))
        && !url.Contains("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
        && url.All(c => c >= 0x21 && c < 0x7f)
            ? url
            : "/staff";
}
