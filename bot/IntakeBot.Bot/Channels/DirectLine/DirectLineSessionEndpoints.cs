using System.Text.Json;
using IntakeBot.Dialogs.Schema;
using Microsoft.Extensions.Options;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>
/// The page's own endpoints, so the secret never reaches a browser: <c>POST /api/directline/session</c> starts a
/// conversation and returns <c>{conversationId, token, expires_in, streamUrl}</c>; <c>POST /api/directline/session/refresh</c>
/// gives a new token for the same conversation. Only trusted origins, rate-limited per client IP.
/// </summary>
internal static class DirectLineSessionEndpoints
{
    public const string Path = "/api/directline/session";
    private const int MaxBodyBytes = 8 * 1024;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Path);
        group.AddEndpointFilter(async (invocation, next) =>
        {
            var context = invocation.HttpContext;
            var options = context.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value;
            if (!DirectLineOriginPolicy.IsAllowed(context, options))
            {
                return DirectLineErrors.Result(StatusCodes.Status403Forbidden, DirectLineErrors.BadArgument, "This origin may not start Direct Line sessions.");
            }

            if (!context.RequestServices.GetRequiredService<DirectLineSessionLimiter>().TryAcquire(context))
            {
                context.Response.Headers.RetryAfter = ((int)Math.Ceiling(options.SessionWindow.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return DirectLineErrors.Result(StatusCodes.Status429TooManyRequests, DirectLineErrors.TooManyRequests, "Too many sessions from this address; try again later.");
            }

            return await next(invocation).ConfigureAwait(false);
        });
        group.MapPost("/", StartAsync);
        group.MapPost("/refresh", RefreshAsync);
    }

    private static async Task<IResult> StartAsync(HttpContext context, DirectLineTokens tokens, DirectLineConversations conversations, CancellationToken cancellationToken)
    {
        var (request, error) = await ReadAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return error!;
        }

        var conversationId = DirectLineIds.NewConversationId();
        var user = new ChannelAccount { Id = DirectLineIds.NewUserId(), Role = RoleTypes.User };
        var (token, _) = tokens.Issue(conversationId, user.Id, null);
        await conversations.StartAsync(conversationId, user, request.Locale, DirectLineUrls.ServiceUrl(context.Request), DirectLineRequests.Bot(context), cancellationToken)
            .ConfigureAwait(false);
        return TypedResults.Json(new DirectLineConversationResponse(
            conversationId, token, tokens.LifetimeSeconds, DirectLineUrls.StreamUrl(context.Request, conversationId, token, null)));
    }

    private static async Task<IResult> RefreshAsync(HttpContext context, DirectLineTokens tokens, CancellationToken cancellationToken)
    {
        var (request, error) = await ReadAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return error!;
        }

        var header = context.Request.Headers.Authorization.ToString();
        var token = request.Token ?? (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null);
        if (string.IsNullOrEmpty(token))
        {
            return DirectLineErrors.Missing("Send the token to refresh as {\"token\":\"…\"} or as 'Authorization: Bearer <token>'.");
        }

        var read = tokens.Read(token);
        if (read.Status == DirectLineTokenStatus.Expired)
        {
            return DirectLineErrors.Expired();
        }

        if (read.Status != DirectLineTokenStatus.Valid)
        {
            return DirectLineErrors.InvalidCredential();
        }

        var claims = read.Claims!;
        var (fresh, _) = tokens.Issue(claims.ConversationId, claims.UserId, claims.UserName);
        return TypedResults.Json(new DirectLineConversationResponse(claims.ConversationId, fresh, tokens.LifetimeSeconds, null));
    }

    private static async Task<(DirectLineSessionRequest? Request, IResult? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, error) = await DirectLineRequests.ReadBodyAsync(request, MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return (null, error);
        }

        if (body.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            return (new DirectLineSessionRequest(), null);
        }

        try
        {
            var parsed = JsonSerializer.Deserialize<DirectLineSessionRequest>(body, ActivitySerializer.Options) ?? new DirectLineSessionRequest();
            return parsed.Locale is { Length: > 35 } ? (null, DirectLineErrors.Bad("locale is not a BCP-47 tag.")) : (parsed, null);
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.Bad("The body is not valid JSON."));
        }
    }
}
