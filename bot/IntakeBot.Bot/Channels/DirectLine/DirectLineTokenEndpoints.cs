using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary><c>POST tokens/generate</c> (with the secret) and <c>POST tokens/refresh</c> (with a token).</summary>
internal static class DirectLineTokenEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/tokens/generate", GenerateAsync);
        group.MapPost("/tokens/refresh", Refresh);
    }

    private static async Task<IResult> GenerateAsync(HttpContext context, DirectLineAuthenticator authenticator, DirectLineTokens tokens, CancellationToken cancellationToken)
    {
        var (caller, error) = authenticator.Authenticate(context.Request);
        if (caller is null)
        {
            return error!;
        }

        if (!caller.IsSecret)
        {
            return DirectLineErrors.Result(StatusCodes.Status403Forbidden, DirectLineErrors.BadArgument, "tokens/generate needs the secret, not a token.");
        }

        var (start, bad) = await DirectLineRequests.ReadStartAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (start is null)
        {
            return bad!;
        }

        var user = NewUser(start.User);
        var conversationId = DirectLineIds.NewConversationId();
        var (token, _) = tokens.Issue(conversationId, user.Id!, user.Name);
        return TypedResults.Json(new DirectLineConversationResponse(conversationId, token, tokens.LifetimeSeconds, null));
    }

    private static IResult Refresh(HttpContext context, DirectLineAuthenticator authenticator, DirectLineTokens tokens)
    {
        var (caller, error) = authenticator.Authenticate(context.Request);
        if (caller is null)
        {
            return error!;
        }

        if (caller.Token is not { } claims)
        {
            return DirectLineErrors.Result(StatusCodes.Status403Forbidden, DirectLineErrors.BadArgument, "tokens/refresh needs a token, not the secret.");
        }

        var (token, _) = tokens.Issue(claims.ConversationId, claims.UserId, claims.UserName);
        return TypedResults.Json(new DirectLineConversationResponse(claims.ConversationId, token, tokens.LifetimeSeconds, null));
    }

    /// <summary>The user the caller named, or a new <c>dl_</c> user.</summary>
    public static ChannelAccount NewUser(ChannelAccount? requested) => new()
    {
        Id = string.IsNullOrEmpty(requested?.Id) ? DirectLineIds.NewUserId() : requested.Id,
        Name = string.IsNullOrEmpty(requested?.Name) ? null : requested.Name,
        Role = RoleTypes.User,
    };
}
