using IntakeBot.Bot.Hosting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntakeBot.Bot.Staff.Identity;

/// <summary>Registers staff accounts (ASP.NET Core Identity on EF Core), for the web host and for the admin CLI.</summary>
public static class StaffIdentityRegistration
{
    /// <summary>The sign-in page.</summary>
    public const string SignInPath = "/staff/signin";

    /// <summary>
    /// The user store and its rules, without cookies: the EF context on the configured database, password and lockout
    /// rules (lockout on the injected <see cref="TimeProvider"/>, see <see cref="StaffUserManager"/>), roles and the
    /// claims factory. Used directly by the admin CLI.
    /// </summary>
    public static IdentityBuilder AddStaffAccounts(this IServiceCollection services, StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        services.AddDbContext<StaffIdentityDbContext>(options => Configure(options, storage));
        services.TryAddSingleton(TimeProvider.System);
        return services.AddIdentityCore<StaffUser>(ConfigureRules)
            .AddUserManager<StaffUserManager>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<StaffIdentityDbContext>()
            .AddClaimsPrincipalFactory<StaffUserClaimsFactory>();
    }

    /// <summary>
    /// Staff sign-in for the web host: <see cref="AddStaffAccounts"/>, the Identity cookies (HttpOnly, SameSite=Strict,
    /// Secure on HTTPS, sliding 30 minutes), two-factor and the policies of <see cref="StaffPolicies"/>. The schema is
    /// created before the host serves requests.
    /// </summary>
    /// <remarks>
    /// The only token provider is the authenticator app's (<see cref="StaffAuthenticatorTokenProvider"/>, on the
    /// injected clock, each code once): staff accounts have no e-mail or phone codes and no reset links (an admin sets
    /// a new password with the CLI), so Identity's other default providers are not registered.
    /// </remarks>
    public static IServiceCollection AddStaffIdentity(this IServiceCollection services, StorageOptions storage)
    {
        services.AddStaffAccounts(storage)
            .AddSignInManager()
            .AddTokenProvider<StaffAuthenticatorTokenProvider>(StaffAuthenticatorTokenProvider.ProviderName);
        services.Configure<IdentityOptions>(options => options.Tokens.AuthenticatorTokenProvider = StaffAuthenticatorTokenProvider.ProviderName);
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "intakebot.staff";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.SlidingExpiration = true;
            options.LoginPath = SignInPath;
            options.LogoutPath = "/staff/signout";
            options.AccessDeniedPath = "/staff/signin";
            // A forbidden action is a plain 403, not a redirect to a page that would look like a sign-in problem.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // A locked or deleted account loses its open sessions within a minute, not after the default 30.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicies.Staff, policy => policy.RequireAuthenticatedUser().RequireClaim(StaffClaims.Organisation).RequireRole(StaffRoles.All))
            .AddPolicy(StaffPolicies.StaffWrite, policy => policy.RequireAuthenticatedUser().RequireClaim(StaffClaims.Organisation).RequireRole(StaffRoles.Officer, StaffRoles.Admin))
            .AddPolicy(StaffPolicies.StaffAdmin, policy => policy.RequireAuthenticatedUser().RequireClaim(StaffClaims.Organisation).RequireRole(StaffRoles.Admin));
        services.AddHostedService<StaffIdentityInitializer>();
        return services;
    }

    private static void Configure(DbContextOptionsBuilder options, StorageOptions storage)
    {
        if (string.Equals(storage.Provider, "postgres", StringComparison.OrdinalIgnoreCase))
        {
            var connection = storage.PostgresConnectionString;
            if (string.IsNullOrWhiteSpace(connection))
            {
                throw new InvalidOperationException("Storage:Provider is 'postgres' but Storage:PostgresConnectionString is empty.");
            }

            options.UseNpgsql(connection);
        }
        else
        {
            // The same file as the state and case stores; the busy timeout lets two processes queue for the write lock.
            var path = Path.GetFullPath(storage.SqlitePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            options.UseSqlite($"Data Source={path};Default Timeout=30");
        }
    }

    private static void ConfigureRules(IdentityOptions options)
    {
        options.Password.RequiredLength = StaffPasswords.MinimumLength;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = true;
        options.Password.RequiredUniqueChars = 6;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }
}
