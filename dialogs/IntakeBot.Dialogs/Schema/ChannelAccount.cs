using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntakeBot.Dialogs.Schema;

/// <summary>A user or bot on a channel.</summary>
public sealed record ChannelAccount
{
    /// <summary>The channel's id for the account (for Direct Line users, <c>dl_…</c>).</summary>
    public string? Id { get; init; }

    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>The Microsoft Entra object id (Teams).</summary>
    public string? AadObjectId { get; init; }

    /// <summary><c>user</c>, <c>bot</c> or <c>skill</c>.</summary>
    public string? Role { get; init; }

    /// <summary>Fields this schema does not name, kept so a round trip loses nothing (spec rule A2005).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
