using System.Security.Claims;
using System.Text.Encodings.Web;
using IntakeBot.Storage.ApiKeys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace IntakeBot.Bot.Staff.Api;

/// <summary>
/// Authenticates <c>Authorization: ApiKey &lt;key&gt;</c> or <c>X-Api-Key: &lt;key&gt;</c> against <see cref="IApiKeyStore"/>.
/// The key's organisation becomes the <see cref="ApiKeyAuthentication.OrganisationClaim"/> claim. A missing, unknown
/// or revoked key gets 401 with a problem+json body.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string StoreFailed = "IntakeBot.ApiKeyStoreFailed";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (PresentedKey() is not { } presented)
        {
            return AuthenticateResult.NoResult();
        }

        ApiKey? key;
        try
        {
            key = await keys.ValidateAsync(presented, Context.RequestAborted).ConfigureAwait(false);
        }
        catch (InvalidOperationException exception)
        {
            Logger.LogError(exception, "The API key store failed.");
            Context.Items[StoreFailed] = true;
            return AuthenticateResult.Fail("The API key store failed.");
        }

        if (key is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        var identity = new ClaimsIdentity(
            [new Claim(ApiKeyAuthentication.KeyIdClaim, key.Id), new Claim(ApiKeyAuthentication.OrganisationClaim, key.OrganisationId)],
            ApiKeyAuthentication.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiKeyAuthentication.Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items.ContainsKey(StoreFailed))
        {
            return StaffProblems.Unavailable().ExecuteAsync(Context);
        }

        Response.Headers.WWWAuthenticate = ApiKeyAuthentication.Scheme;
        return StaffProblems.Unauthorized().ExecuteAsync(Context);
    }

    private string? PresentedKey()
    {
        var authorization = Request.Headers.Authorization.ToString();
        var prefix = ApiKeyAuthentication.Scheme + " ";
        if (authorization.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return authorization[prefix.Length..].Trim();
        }

        var header = Request.Headers[ApiKeyAuthentication.HeaderName].ToString().Trim();
        return header.Length > 0 ? header : null;
    }
}
