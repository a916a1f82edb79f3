using System.Text.Encodings.Web;
using System.Text.Unicode;
using IntakeBot.Bot.Hosting;
using IntakeBot.Bot.Staff.Identity;
using Microsoft.Extensions.WebEncoders;

namespace IntakeBot.Bot.Staff.Web;

/// <summary>
/// The staff area under /staff: sign-in (ASP.NET Core Identity), the case register and case pages (Razor Pages in
/// Pages/Staff), staff management and account settings. Every page needs the "staff" policy except sign-in; the
/// pages of other areas (privacy, audit, reports, letters) placed under Pages/Staff get the same policy and headers.
/// This is the one place that registers and maps Razor Pages for the whole host: other areas add pages (and, if they
/// need them, conventions through <c>Configure&lt;RazorPagesOptions&gt;</c>), never a second registration or mapping.
/// </summary>
public static class StaffArea
{
    /// <summary>
    /// Registers Identity, the policies and the pages. Needs ICaseRegister, ITranscriptStore, IDeliveryLog and IAuditLog
    /// (IntakeBot.Casework) and <see cref="StaffTexts"/> in DI.
    /// </summary>
    public static IServiceCollection AddStaffArea(this IServiceCollection services, StorageOptions storage)
    {
        services.AddStaffIdentity(storage);
        services.AddScoped<StaffAccounts>();
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Staff", StaffPolicies.Staff);
            options.Conventions.AllowAnonymousToPage("/Staff/SignIn");
            options.Conventions.AllowAnonymousToPage("/Staff/SignInCode");
            options.Conventions.AuthorizeFolder("/Staff/Users", StaffPolicies.StaffAdmin);
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "intakebot.staff.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // Dutch letters (ë, é) stay readable in the page source; markup characters are still encoded.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }

    /// <summary>Adds the staff security headers to every /staff response and maps every Razor Page of the host.</summary>
    public static WebApplication MapStaffArea(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/staff", StringComparison.OrdinalIgnoreCase))
            {
                StaffSecurityHeaders.Apply(context);
            }

            return next(context);
        });
        app.MapRazorPages();
        return app;
    }
}
