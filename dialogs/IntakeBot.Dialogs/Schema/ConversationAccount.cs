using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntakeBot.Dialogs.Schema;

/// <summary>The conversation an activity belongs to.</summary>
public sealed record ConversationAccount
{
    /// <summary>The channel's conversation id.</summary>
    public string? Id { get; init; }

    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>True for group conversations.</summary>
    public bool? IsGroup { get; init; }

    /// <summary>Teams: <c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; init; }

    /// <summary>The tenant (Teams).</summary>
    public string? TenantId { get; init; }

    /// <summary>The Microsoft Entra object id.</summary>
    public string? AadObjectId { get; init; }

    /// <summary>Role of the conversation's owner, rarely used.</summary>
    public string? Role { get; init; }

    /// <summary>Fields this schema does not name, kept so a round trip loses nothing.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
