using System.Text.Json.Serialization;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>The answer to a post or upload: the activity's id.</summary>
internal sealed record DirectLineResourceResponse([property: JsonPropertyName("id")] string Id);
