using IntakeBot.Bot.Operations.Limits;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Storage.DirectLine;
using Microsoft.Extensions.Options;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>
/// <c>POST conversations/{id}/upload?userId=</c>: the files become attachments of one activity (returns <c>{id}</c>);
/// <c>GET conversations/{id}/files/{fileId}</c> serves them back, to the conversation's token or the secret only.
/// </summary>
internal static class DirectLineUploadEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/conversations/{conversationId}/upload", UploadAsync);
        group.MapGet("/conversations/{conversationId}/files/{fileId}", DownloadAsync);
    }

    private static async Task<IResult> UploadAsync(
        string conversationId, HttpContext context, DirectLineAuthenticator authenticator, IDirectLineStore store,
        DirectLineConversations conversations, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var (caller, conversation, error) = await DirectLineActivityEndpoints.FindAsync(conversationId, context.Request, authenticator, store, cancellationToken)
            .ConfigureAwait(false);
        if (conversation is null)
        {
            return error!;
        }

        if (conversation.Ended)
        {
            return DirectLineErrors.Ended();
        }

        var (activity, files, bad) = await DirectLineUploadReader.ReadAsync(context.Request, options.Value, cancellationToken).ConfigureAwait(false);
        if (activity is null)
        {
            return bad!;
        }

        var attachments = new List<Attachment>(files!.Count);
        foreach (var file in files)
        {
            var fileId = DirectLineIds.NewFileId();
            await store.SaveFileAsync(new DirectLineFile(conversationId, fileId, file.ContentType, file.Name, file.Content), cancellationToken).ConfigureAwait(false);
            attachments.Add(new Attachment { ContentType = file.ContentType, ContentUrl = DirectLineUrls.FileUrl(context.Request, conversationId, fileId), Name = file.Name });
        }

        var requestedUser = context.Request.Query["userId"].ToString();
        if (!DirectLineRequests.IsValidAccountField(requestedUser))
        {
            return DirectLineErrors.Bad("userId is not valid.");
        }

        var from = DirectLineRequests.Sender(caller!, conversation.UserId, activity.From?.Id ?? requestedUser, activity.From?.Name);
        var posted = MessageLengthLimit.Apply(activity with { From = from, Attachments = attachments }, context.MaxMessageCharacters());
        var result = await conversations.PostAsync(conversationId, posted, DirectLineUrls.ServiceUrl(context.Request), DirectLineRequests.Bot(context), cancellationToken)
            .ConfigureAwait(false);
        return DirectLineActivityEndpoints.Answer(result);
    }

    private static async Task<IResult> DownloadAsync(
        string conversationId, string fileId, HttpContext context, DirectLineAuthenticator authenticator, IDirectLineStore store, CancellationToken cancellationToken)
    {
        var (caller, error) = authenticator.AuthenticateFor(context.Request, conversationId, allowQueryToken: true);
        if (caller is null)
        {
            return error!;
        }

        var file = DirectLineIds.LooksValid(conversationId) && DirectLineIds.LooksValid(fileId)
            ? await store.GetFileAsync(conversationId, fileId, cancellationToken).ConfigureAwait(false)
            : null;
        if (file is null)
        {
            return DirectLineErrors.Result(StatusCodes.Status404NotFound, DirectLineErrors.NotFound, "File not found.");
        }

        // Uploaded content is untrusted: never let a browser sniff it into HTML or run it in our origin.
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        var inline = file.ContentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase);
        return TypedResults.File(file.Content.ToArray(), file.ContentType, inline ? null : file.Name ?? "file");
    }
}
