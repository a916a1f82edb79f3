using IntakeBot.Bot.Staff.Identity;
using IntakeBot.Casework.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntakeBot.Bot.Pages.Staff;

/// <summary>/staff/signin/code: the second step for accounts with two-factor on (a TOTP code or a recovery code).</summary>
internal sealed class SignInCodeModel(SignInManager<StaffUser> signIn, IAuditLog audit, TimeProvider time) : PageModel
{
    public string ReturnUrl { get; private set; } = "/staff";

    public bool Failed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        ReturnUrl = SignInModel.SafeReturnUrl(returnUrl);
        return await signIn.GetTwoFactorAuthenticationUserAsync().ConfigureAwait(false) is null ? RedirectToPage("/Staff/SignIn") : Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, bool recovery, string? returnUrl)
    {
        ReturnUrl = SignInModel.SafeReturnUrl(returnUrl);
        if (await signIn.GetTwoFactorAuthenticationUserAsync().ConfigureAwait(false) is not { } user)
        {
            return RedirectToPage("/Staff/SignIn");
        }

        // Apps show TOTP codes as "123 456"; recovery codes keep their dash ("ABCDE-FGHIJ"), the way they are stored.
        var cleaned = new string((code ?? "").Where(c => !char.IsWhiteSpace(c) && (recovery || c != '-')).Take(64).ToArray());
        var result = cleaned.Length == 0
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : recovery
                ? await signIn.TwoFactorRecoveryCodeSignInAsync(cleaned).ConfigureAwait(false)
                : await signIn.TwoFactorAuthenticatorSignInAsync(cleaned, isPersistent: false, rememberClient: false).ConfigureAwait(false);
        var action = result.Succeeded ? AuditActions.SignIn : AuditActions.SignInFailed;
        await audit.RecordAsync(new AuditEntry(time.GetUtcNow(), user.Id, user.DisplayName, user.OrganisationId, action, Detail: "2fa"), HttpContext.RequestAborted).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return LocalRedirect(ReturnUrl);
        }

        Failed = true;
        var page = Page();
        page.StatusCode = StatusCodes.Status401Unauthorized;
        return page;
    }
}
