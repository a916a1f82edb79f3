using IntakeBot.Bot.Operations.Limits;
using IntakeBot.Storage.DirectLine;
using Microsoft.Extensions.Options;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary><c>POST conversations/{id}/activities</c> (send; returns <c>{id}</c>) and <c>GET …/activities?watermark=</c> (poll).</summary>
internal static class DirectLineActivityEndpoints
{
    private const int PageSize = 100;

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/conversations/{conversationId}/activities", PostAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetAsync);
    }

    private static async Task<IResult> PostAsync(
        string conversationId, HttpContext context, DirectLineAuthenticator authenticator, IDirectLineStore store,
        DirectLineConversations conversations, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var (caller, conversation, error) = await FindAsync(conversationId, context.Request, authenticator, store, cancellationToken).ConfigureAwait(false);
        if (conversation is null)
        {
            return error!;
        }

        if (conversation.Ended)
        {
            return DirectLineErrors.Ended();
        }

        var (activity, bad) = await DirectLineRequests.ReadActivityAsync(context.Request, options.Value.MaxActivityBytes, cancellationToken).ConfigureAwait(false);
        if (activity is null)
        {
            return bad!;
        }

        var from = DirectLineRequests.Sender(caller!, conversation.UserId, activity.From?.Id, activity.From?.Name);
        var result = await conversations.PostAsync(conversationId, MessageLengthLimit.Apply(activity with { From = from }, context.MaxMessageCharacters()), DirectLineUrls.ServiceUrl(context.Request), DirectLineRequests.Bot(context), cancellationToken)
            .ConfigureAwait(false);
        return Answer(result);
    }

    private static async Task<IResult> GetAsync(
        string conversationId, HttpContext context, DirectLineAuthenticator authenticator, IDirectLineStore store, CancellationToken cancellationToken)
    {
        var (caller, error) = Admit(conversationId, context.Request, authenticator);
        if (caller is null)
        {
            return error!;
        }

        var validWatermark = DirectLineActivitySets.TryParseWatermark(context.Request.Query["watermark"].ToString(), out var watermark);
        var records = validWatermark ? await store.ReadAsync(conversationId, watermark, PageSize, cancellationToken).ConfigureAwait(false) : [];

        // Records mean the conversation exists (retention removes a conversation and its log together), so the
        // conversation is looked up only for an empty answer: one read instead of two on every poll that finds replies.
        if (records.Count == 0 && await store.GetConversationAsync(conversationId, cancellationToken).ConfigureAwait(false) is null)
        {
            return DirectLineErrors.ConversationNotFound();
        }

        if (!validWatermark)
        {
            return DirectLineErrors.Bad("The watermark is not valid.");
        }

        var next = records.Count > 0 ? records[^1].Sequence : watermark;
        return TypedResults.Bytes(DirectLineActivitySets.Write(records, next, includeTyping: false), "application/json; charset=utf-8");
    }

    /// <summary>The status code for a post's outcome.</summary>
    public static IResult Answer(DirectLinePostResult result) => result.Outcome switch
    {
        DirectLinePostOutcome.Posted => TypedResults.Json(new DirectLineResourceResponse(result.Id!)),
        DirectLinePostOutcome.Ended => DirectLineErrors.Ended(),
        DirectLinePostOutcome.NotFound => DirectLineErrors.ConversationNotFound(),
        _ => DirectLineErrors.Bot(),
    };

    /// <summary>Authenticates for the conversation and loads it (401, 403 or 404 otherwise).</summary>
    public static async Task<(DirectLineCaller? Caller, DirectLineConversation? Conversation, IResult? Error)> FindAsync(
        string conversationId, HttpRequest request, DirectLineAuthenticator authenticator, IDirectLineStore store, CancellationToken cancellationToken, bool allowQueryToken = false)
    {
        var (caller, error) = Admit(conversationId, request, authenticator, allowQueryToken);
        if (caller is null)
        {
            return (null, null, error);
        }

        var conversation = await store.GetConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return conversation is null ? (caller, null, DirectLineErrors.ConversationNotFound()) : (caller, conversation, null);
    }

    /// <summary>Authenticates for the conversation and checks the shape of its id (401, 403 or 404 otherwise), without reading the store.</summary>
    private static (DirectLineCaller? Caller, IResult? Error) Admit(string conversationId, HttpRequest request, DirectLineAuthenticator authenticator, bool allowQueryToken = false)
    {
        var (caller, error) = authenticator.AuthenticateFor(request, conversationId, allowQueryToken);
        if (caller is null)
        {
            return (null, error);
        }

        return DirectLineIds.LooksValid(conversationId) ? (caller, null) : (null, DirectLineErrors.ConversationNotFound());
    }
}
