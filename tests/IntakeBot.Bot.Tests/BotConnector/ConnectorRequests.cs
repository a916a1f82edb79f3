using System.Net.Http.Headers;
using System.Text;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Bot.Tests.BotConnector;

/// <summary>Builds requests to /api/messages as Azure Bot Service sends them for Teams.</summary>
internal static class ConnectorRequests
{
    public static Activity Message(string serviceUrl, string text = "hallo", string channelId = "msteams") => new()
    {
        Type = ActivityTypes.Message,
        Id = "act-1",
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        From = new ChannelAccount { Id = "29:user-1", Name = "Sanne" },
        Recipient = new ChannelAccount { Id = "28:" + TestTokens.AppId, Name = "IntakeBot" },
        Conversation = new ConversationAccount { Id = "a:conv-1", ConversationType = "personal", TenantId = "tenant-1" },
        Text = text,
        Locale = "nl-NL",
    };

    public static HttpRequestMessage Post(Activity activity, string? token) => Post(ActivitySerializer.Serialize(activity), token);

    public static HttpRequestMessage Post(string json, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }
}
