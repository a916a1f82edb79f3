using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IntakeBot.Bot.Tests.Delivery;

/// <summary>
/// Signs a request in as the staff contract describes: <c>X-Test-Organisation</c> becomes the
/// <c>intakebot:organisation</c> claim and <c>X-Test-Role</c> a role claim. Without the header the request is anonymous.
/// </summary>
internal sealed class TestAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue("X-Test-Organisation", out var organisation))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var role = Request.Headers.TryGetValue("X-Test-Role", out var given) ? given.ToString() : "officer";
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, "user-" + role),
                new Claim(ClaimTypes.Name, "Test " + role),
                new Claim("intakebot:organisation", organisation.ToString()),
                new Claim(ClaimTypes.Role, role),
            ],
            SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
