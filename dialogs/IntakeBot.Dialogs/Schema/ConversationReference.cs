using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntakeBot.Dialogs.Schema;

/// <summary>Everything needed to send a message into an existing conversation later.</summary>
public sealed record ConversationReference
{
    /// <summary>The activity this reference was taken from.</summary>
    public string? ActivityId { get; init; }

    /// <summary>The user.</summary>
    public ChannelAccount? User { get; init; }

    /// <summary>The bot.</summary>
    public ChannelAccount? Bot { get; init; }

    /// <summary>The conversation.</summary>
    public ConversationAccount? Conversation { get; init; }

    /// <summary>The channel.</summary>
    public string? ChannelId { get; init; }

    /// <summary>The user's locale.</summary>
    public string? Locale { get; init; }

    /// <summary>Where replies go.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>Fields this schema does not name, kept so a round trip loses nothing.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
