using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Bot.Channels.BotConnector;

/// <summary>Runs turns for activities from the Bot Connector and posts the replies back to the activity's service URL.</summary>
/// <remarks>
/// Replies always go to the service URL of the incoming activity, which the endpoint checked (token claim and
/// policy) before the turn; a <c>serviceUrl</c> the bot put on a reply is ignored, so the bot cannot be made to
/// send the token elsewhere.
/// </remarks>
internal sealed class BotConnectorAdapter(ConnectorClient connector, ServiceUrlPolicy serviceUrls) : BotAdapter
{
    public override async Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var (serviceUrl, conversationId) = Address(turnContext);
        var responses = new List<ResourceResponse>(activities.Count);
        foreach (var activity in activities)
        {
            var outgoing = activity with { ServiceUrl = null, Conversation = activity.Conversation ?? turnContext.Activity.Conversation };
            responses.Add(await connector.SendAsync(serviceUrl, conversationId, outgoing, cancellationToken).ConfigureAwait(false));
        }

        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activity);
        var (serviceUrl, conversationId) = Address(turnContext);
        return connector.UpdateAsync(serviceUrl, conversationId, activity with { ServiceUrl = null }, cancellationToken);
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, string activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var (serviceUrl, conversationId) = Address(turnContext);
        return connector.DeleteAsync(serviceUrl, conversationId, activityId, cancellationToken);
    }

    private (Uri ServiceUrl, string ConversationId) Address(ITurnContext turnContext)
    {
        var incoming = turnContext.Activity;
        var verdict = serviceUrls.Check(incoming.ServiceUrl);
        if (verdict.Uri is null)
        {
            throw new ConnectorDeliveryException($"Refusing to send to the service URL: {verdict.Reason}", null);
        }

        return (verdict.Uri, incoming.Conversation?.Id ?? throw new ConnectorDeliveryException("The activity has no conversation id.", null));
    }
}
