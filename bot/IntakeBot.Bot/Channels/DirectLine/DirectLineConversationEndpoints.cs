using IntakeBot.Dialogs.Schema;
using IntakeBot.Storage.DirectLine;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary><c>POST conversations</c> (start: 201, or 200 when the token's conversation exists) and <c>GET conversations/{id}</c> (reconnect).</summary>
internal static class DirectLineConversationEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
    }

    private static async Task<IResult> StartAsync(
        HttpContext context, DirectLineAuthenticator authenticator, DirectLineTokens tokens, DirectLineConversations conversations, TimeProvider time, CancellationToken cancellationToken)
    {
        var (caller, error) = authenticator.Authenticate(context.Request);
        if (caller is null)
        {
            return error!;
        }

        var (start, bad) = await DirectLineRequests.ReadStartAsync(context.Request, cancellationToken).ConfigureAwait(false);
        if (start is null)
        {
            return bad!;
        }

        string conversationId;
        ChannelAccount user;
        string token;
        int expiresIn;
        if (caller.Token is { } claims)
        {
            conversationId = claims.ConversationId;
            user = new ChannelAccount { Id = claims.UserId, Name = claims.UserName, Role = RoleTypes.User };
            token = caller.Credential;
            expiresIn = (int)Math.Max(0, (claims.ExpiresAt - time.GetUtcNow()).TotalSeconds);
        }
        else
        {
            conversationId = DirectLineIds.NewConversationId();
            user = DirectLineTokenEndpoints.NewUser(start.User);
            token = tokens.Issue(conversationId, user.Id!, user.Name).Token;
            expiresIn = tokens.LifetimeSeconds;
        }

        var created = await conversations.StartAsync(
            conversationId, user, start.Locale, DirectLineUrls.ServiceUrl(context.Request), DirectLineRequests.Bot(context), cancellationToken).ConfigureAwait(false);
        var response = new DirectLineConversationResponse(conversationId, token, expiresIn, DirectLineUrls.StreamUrl(context.Request, conversationId, token, null));
        return TypedResults.Json(response, statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ReconnectAsync(
        string conversationId, HttpContext context, DirectLineAuthenticator authenticator, DirectLineTokens tokens, IDirectLineStore store, TimeProvider time, CancellationToken cancellationToken)
    {
        var (caller, error) = authenticator.AuthenticateFor(context.Request, conversationId);
        if (caller is null)
        {
            return error!;
        }

        var watermark = context.Request.Query["watermark"].ToString();
        if (!DirectLineActivitySets.TryParseWatermark(watermark, out _))
        {
            return DirectLineErrors.Bad("The watermark is not valid.");
        }

        var conversation = DirectLineIds.LooksValid(conversationId)
            ? await store.GetConversationAsync(conversationId, cancellationToken).ConfigureAwait(false)
            : null;
        if (conversation is null)
        {
            return DirectLineErrors.ConversationNotFound();
        }

        var (token, expiresIn) = caller.Token is { } claims
            ? (caller.Credential, (int)Math.Max(0, (claims.ExpiresAt - time.GetUtcNow()).TotalSeconds))
            : (tokens.Issue(conversationId, conversation.UserId, null).Token, tokens.LifetimeSeconds);
        return TypedResults.Json(new DirectLineConversationResponse(
            conversationId, token, expiresIn, DirectLineUrls.StreamUrl(context.Request, conversationId, token, watermark)));
    }
}
