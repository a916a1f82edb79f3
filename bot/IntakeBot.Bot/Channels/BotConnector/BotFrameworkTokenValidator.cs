using IntakeBot.Dialogs.Schema;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace IntakeBot.Bot.Channels.BotConnector;

/// <summary>Checks the bearer token the Bot Connector sends with each activity, per "Authentication with the Bot Connector API".</summary>
/// <remarks>
/// <para>401 Unauthorized when the token is missing, malformed, not RS256, signed by an unknown or wrong key, from
/// another issuer, for another audience (app id), or outside its lifetime (5 minutes' clock skew).</para>
/// <para>403 Forbidden when the token is genuine but does not cover this activity: its signing key does not endorse
/// the activity's <c>channelId</c> (the docs ask for 403 here), or its <c>serviceurl</c> claim is missing or differs
/// from the activity's <c>serviceUrl</c>.</para>
/// </remarks>
internal sealed class BotFrameworkTokenValidator(BotConnectorOptions options, SigningKeyCache keys, TimeProvider time)
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private const int MaxTokenLength = 16 * 1024;
    private const string ServiceUrlClaim = "serviceurl";

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<TokenValidationOutcome> ValidateAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        if (!TryReadBearer(authorization, out var token))
        {
            return TokenValidationOutcome.Unauthorized("no bearer token");
        }

        if (token.Length > MaxTokenLength || !_handler.CanReadToken(token))
        {
            return TokenValidationOutcome.Unauthorized("malformed token");
        }

        JsonWebToken jwt;
        try
        {
            jwt = new JsonWebToken(token);
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenException)
        {
            return TokenValidationOutcome.Unauthorized("malformed token");
        }

        if (!string.Equals(jwt.Alg, SecurityAlgorithms.RsaSha256, StringComparison.Ordinal))
        {
            return TokenValidationOutcome.Unauthorized($"algorithm '{jwt.Alg}' is not allowed");
        }

        if (string.IsNullOrEmpty(jwt.Kid))
        {
            return TokenValidationOutcome.Unauthorized("token has no key id");
        }

        var keySet = await keys.GetAsync(jwt.Kid, cancellationToken).ConfigureAwait(false);
        if (keySet is null)
        {
            return TokenValidationOutcome.Unavailable("no signing keys could be fetched");
        }

        if (!keySet.TryGetKey(jwt.Kid, out var key))
        {
            return TokenValidationOutcome.Unauthorized("unknown key id");
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(key)).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return TokenValidationOutcome.Unauthorized(result.Exception?.GetType().Name ?? "invalid token");
        }

        if (!keySet.Endorses(jwt.Kid, activity.ChannelId))
        {
            return TokenValidationOutcome.Forbidden($"signing key does not endorse channel '{activity.ChannelId}'");
        }

        var claimed = result.ClaimsIdentity.FindFirst(ServiceUrlClaim)?.Value;
        if (string.IsNullOrEmpty(claimed))
        {
            return TokenValidationOutcome.Forbidden("token has no serviceurl claim");
        }

        if (!string.Equals(claimed, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return TokenValidationOutcome.Forbidden("serviceurl claim does not match the activity");
        }

        return TokenValidationOutcome.Authenticated(result.ClaimsIdentity);
    }

    private TokenValidationParameters Parameters(SecurityKey key) => new()
    {
        ValidIssuers = options.ValidIssuers,
        ValidateIssuer = true,
        ValidAudience = options.MicrosoftAppId,
        ValidateAudience = true,
        IssuerSigningKey = key,
        ValidateIssuerSigningKey = true,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = ClockSkew,
        LifetimeValidator = IsWithinLifetime,
    };

    // The library would read the system clock; the injected TimeProvider keeps time testable.
    private bool IsWithinLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return expires is { } end && now <= end.ToUniversalTime() + ClockSkew
            && (notBefore is not { } start || now >= start.ToUniversalTime() - ClockSkew);
    }

    private static bool TryReadBearer(string? header, out string token)
    {
        token = string.Empty;
        const string Scheme = "Bearer ";
        if (header is null || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        token = header[Scheme.Length..].Trim();
        return token.Length > 0;
    }
}
