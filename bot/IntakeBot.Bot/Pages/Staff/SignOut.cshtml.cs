using IntakeBot.Bot.Staff.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IntakeBot.Bot.Pages.Staff;

/// <summary>/staff/signout: a POST (with the antiforgery token) ends the session; a GET only shows the button.</summary>
internal sealed class SignOutModel(SignInManager<StaffUser> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync().ConfigureAwait(false);
        return RedirectToPage("/Staff/SignIn");
    }
}
