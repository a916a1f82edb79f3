using System.Security.Claims;

namespace IntakeBot.Bot.Channels.BotConnector;

/// <summary>The outcome of checking a request's bearer token.</summary>
/// <param name="Status">200 when authenticated, 401 for a missing or bad token, 403 for a good token that does not cover the activity, 503 when no keys could be fetched.</param>
/// <param name="Reason">Why the request was refused, for the log; never sent to the caller.</param>
/// <param name="Identity">The token's claims when authenticated.</param>
internal sealed record TokenValidationOutcome(int Status, string? Reason, ClaimsIdentity? Identity)
{
    public bool IsAuthenticated => Status == StatusCodes.Status200OK;

    public static TokenValidationOutcome Authenticated(ClaimsIdentity identity) => new(StatusCodes.Status200OK, null, identity);

    public static TokenValidationOutcome Unauthorized(string reason) => new(StatusCodes.Status401Unauthorized, reason, null);

    public static TokenValidationOutcome Forbidden(string reason) => new(StatusCodes.Status403Forbidden, reason, null);

    public static TokenValidationOutcome Unavailable(string reason) => new(StatusCodes.Status503ServiceUnavailable, reason, null);
}
