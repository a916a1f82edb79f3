using System.Text.Json;
using IntakeBot.Bot.Operations.Limits;
using IntakeBot.Casework.Transcripts;
using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Bot.Channels.BotConnector;

/// <summary>Handles <c>POST /api/messages</c>: reads the activity, authenticates it, runs the turn and answers.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>400 for a body that is not an activity with a type and a conversation id; 413 for a body over 1 MB.</item>
/// <item>401/403/503 from <see cref="BotFrameworkTokenValidator"/>, or 401 in emulator mode outside Development/loopback.</item>
/// <item>403 for a service URL the <see cref="ServiceUrlPolicy"/> refuses (not needed for expectReplies, which posts nothing).</item>
/// <item>expectReplies: 200 with <c>{"activities":[…]}</c>. Invoke: the bot's InvokeResponse, or 501 when it set none
/// (as the Bot Framework SDK's CloudAdapter does). Otherwise 200 with an empty body; replies went to the connector.</item>
/// <item>502 when replies could not be delivered to the connector after retries.</item>
/// </list>
/// The activity's <c>locale</c> is passed on as sent, null when missing: the bot falls back to the language the
/// user chose before (stored in user state), never to a guess here.
/// </remarks>
internal sealed class BotConnectorEndpoint(
    BotFrameworkTokenValidator? validator,
    EmulatorAccess emulator,
    ServiceUrlPolicy serviceUrls,
    BotConnectorAdapter adapter,
    ILogger<BotConnectorEndpoint> logger)
{
    public const int MaxBodyBytes = 1024 * 1024;

    /// <summary>The callerId the SDK gives activities that came through Azure Bot Service.</summary>
    public const string AzureCallerId = "urn:botframework:azure";

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var body = await BodyReader.ReadAsync(context.Request, MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            await ConnectorErrors.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", "The activity is too large.").ConfigureAwait(false);
            return;
        }

        var activity = Read(body);
        if (activity is null)
        {
            await ConnectorErrors.WriteAsync(context, StatusCodes.Status400BadRequest, "BadArgument", "The body is not an activity with a type and a conversation id.").ConfigureAwait(false);
            return;
        }

        var authenticated = false;
        if (validator is not null)
        {
            var outcome = await validator.ValidateAsync(context.Request.Headers.Authorization.ToString(), activity, cancellationToken).ConfigureAwait(false);
            if (!outcome.IsAuthenticated)
            {
                logger.LogWarning("Refused a Bot Connector call with {Status}: {Reason}.", outcome.Status, outcome.Reason);
                await ConnectorErrors.WriteAsync(context, outcome.Status, "Unauthorized", "The request is not authorised.").ConfigureAwait(false);
                return;
            }

            authenticated = true;
        }
        else if (!emulator.IsAllowed(context.Connection.RemoteIpAddress, IsForwarded(context.Request)))
        {
            await ConnectorErrors.WriteAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized", "The request is not authorised.").ConfigureAwait(false);
            return;
        }

        var expectReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
        if (!expectReplies && serviceUrls.Check(activity.ServiceUrl) is { Uri: null } refused)
        {
            logger.LogWarning("Refused a Bot Connector call: service URL not allowed ({Reason}).", refused.Reason);
            await ConnectorErrors.WriteAsync(context, StatusCodes.Status403Forbidden, "ServiceUrlNotAllowed", "The service URL is not allowed.").ConfigureAwait(false);
            return;
        }

        // callerId is set by the receiver and never trusted from the wire.
        activity = MessageLengthLimit.Apply(activity with { CallerId = authenticated ? AzureCallerId : null }, context.MaxMessageCharacters());
        var bot = context.RequestServices.GetRequiredService<IBot>();
        TurnResult result;
        try
        {
            result = await adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorDeliveryException exception)
        {
            logger.LogError(exception, "Replies to conversation {Conversation} could not be delivered.", activity.Conversation?.Id);
            await ConnectorErrors.WriteAsync(context, StatusCodes.Status502BadGateway, "DeliveryFailed", "The replies could not be delivered.").ConfigureAwait(false);
            return;
        }
        catch (Exception exception) when (exception is not OperationCanceledException && !context.Response.HasStarted)
        {
            // The error shape, never a stack trace (the Development exception page would show one); the type only, as
            // a message may quote what the user typed.
            logger.LogError("A Bot Connector turn failed with {ExceptionType}.", exception.GetType().FullName);
            await ConnectorErrors.WriteAsync(context, StatusCodes.Status500InternalServerError, "ServiceError", "The bot failed to handle the activity; try again.").ConfigureAwait(false);
            return;
        }

        await WriteResultAsync(context, activity, result, expectReplies).ConfigureAwait(false);
    }

    private static bool IsForwarded(HttpRequest request) =>
        request.Headers.ContainsKey("X-Forwarded-For") || request.Headers.ContainsKey("Forwarded");

    private static Activity? Read(byte[] body)
    {
        try
        {
            var activity = ActivitySerializer.Deserialize(body);
            // The stores take conversation ids of at most 256 characters (Teams ids are far shorter): a longer one is a bad request, not a failed turn.
            return string.IsNullOrWhiteSpace(activity.Type) || string.IsNullOrWhiteSpace(activity.Conversation?.Id)
                || activity.Conversation.Id.Length > TranscriptEntries.MaxConversationIdLength || activity.Conversation.Id.Any(char.IsControl)
                ? null
                : activity;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task WriteResultAsync(HttpContext context, Activity activity, TurnResult result, bool expectReplies)
    {
        var response = context.Response;
        if (string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase))
        {
            response.StatusCode = result.InvokeResponse?.Status ?? StatusCodes.Status501NotImplemented;
            if (result.InvokeResponse?.Body is { } invokeBody)
            {
                response.ContentType = "application/json; charset=utf-8";
                await response.WriteAsync(invokeBody.GetRawText(), context.RequestAborted).ConfigureAwait(false);
            }

            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        if (expectReplies)
        {
            response.ContentType = "application/json; charset=utf-8";
            var json = JsonSerializer.Serialize(new ExpectedReplies(result.Replies), ActivitySerializer.Options);
            await response.WriteAsync(json, context.RequestAborted).ConfigureAwait(false);
        }
    }
}
