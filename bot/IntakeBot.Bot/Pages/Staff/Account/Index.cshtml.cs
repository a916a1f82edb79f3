using System.Globalization;
using System.Text;
using IntakeBot.Bot.Staff.Identity;
using IntakeBot.Bot.Staff.Web;
using IntakeBot.Casework.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace IntakeBot.Bot.Pages.Staff.Account;

/// <summary>
/// /staff/account: optional TOTP two-factor. The shared key and the otpauth:// address are shown as text (there is no
/// QR library here); a code from the app turns it on and shows ten recovery codes once.
/// </summary>
internal sealed class IndexModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, IAuditLog audit, TimeProvider time) : StaffPageModel(audit, time)
{
    private const string Issuer = "IntakeBot";

    public bool TwoFactorEnabled { get; private set; }

    public string? SharedKey { get; private set; }

    public string? AuthenticatorUri { get; private set; }

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public string? MessageKey { get; private set; }

    public string? ErrorKey { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? done)
    {
        if (await users.GetUserAsync(User).ConfigureAwait(false) is not { } user)
        {
            return Challenge();
        }

        MessageKey = done == "disabled" ? "staff.account.twofactor.disabled" : null;
        await ShowAsync(user).ConfigureAwait(false);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync(string? code)
    {
        if (await users.GetUserAsync(User).ConfigureAwait(false) is not { } user)
        {
            return Challenge();
        }

        var cleaned = new string((code ?? "").Where(char.IsAsciiDigit).Take(8).ToArray());
        var valid = cleaned.Length == 6 && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, cleaned).ConfigureAwait(false);
        if (!valid)
        {
            ErrorKey = "staff.account.twofactor.wrongcode";
            await ShowAsync(user).ConfigureAwait(false);
            var page = Page();
            page.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }

        await users.SetTwoFactorEnabledAsync(user, true).ConfigureAwait(false);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10).ConfigureAwait(false) ?? []];
        await signIn.RefreshSignInAsync(user).ConfigureAwait(false);
        await AuditAsync(AuditActions.UserChanged, detail: user.Id + " 2fa-on").ConfigureAwait(false);
        TwoFactorEnabled = true;
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryAsync()
    {
        if (await users.GetUserAsync(User).ConfigureAwait(false) is not { TwoFactorEnabled: true } user)
        {
            return RedirectToPage();
        }

        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10).ConfigureAwait(false) ?? []];
        await AuditAsync(AuditActions.UserChanged, detail: user.Id + " 2fa-recovery-codes").ConfigureAwait(false);
        TwoFactorEnabled = true;
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await users.GetUserAsync(User).ConfigureAwait(false) is not { } user)
        {
            return Challenge();
        }

        await users.SetTwoFactorEnabledAsync(user, false).ConfigureAwait(false);
        // A new key, so that the old one in the app (or a copy of it) is worthless if two-factor is turned on again.
        await users.ResetAuthenticatorKeyAsync(user).ConfigureAwait(false);
        await signIn.RefreshSignInAsync(user).ConfigureAwait(false);
        await AuditAsync(AuditActions.UserChanged, detail: user.Id + " 2fa-off").ConfigureAwait(false);
        return RedirectToPage(new { done = "disabled" });
    }

    private async Task ShowAsync(StaffUser user)
    {
        TwoFactorEnabled = user.TwoFactorEnabled;
        if (TwoFactorEnabled)
        {
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user).ConfigureAwait(false);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user).ConfigureAwait(false);
            key = await users.GetAuthenticatorKeyAsync(user).ConfigureAwait(false) ?? "";
        }

        SharedKey = Grouped(key);
        var label = Uri.EscapeDataString(Issuer + ":" + (user.Email ?? user.Id));
        AuthenticatorUri = string.Create(CultureInfo.InvariantCulture, $"otpauth://totp/{label}?secret={key}&issuer={Issuer}&digits=6");
    }

    private static string Grouped(string key)
    {
        var builder = new StringBuilder(key.Length + (key.Length / 4));
        for (var i = 0; i < key.Length; i++)
        {
            if (i > 0 && i % 4 == 0)
            {
                builder.Append(' ');
            }

            builder.Append(char.ToLowerInvariant(key[i]));
        }

        return builder.ToString();
    }
}
