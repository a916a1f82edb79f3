using System.Text.Json.Serialization;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>The Direct Line Conversation object (start, reconnect, and the page's session endpoint).</summary>
internal sealed record DirectLineConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StreamUrl);
