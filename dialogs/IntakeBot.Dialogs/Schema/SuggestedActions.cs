using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntakeBot.Dialogs.Schema;

/// <summary>Buttons shown under a message that disappear after a tap.</summary>
public sealed record SuggestedActions
{
    /// <summary>The recipients who see the actions; all when absent.</summary>
    public IReadOnlyList<string>? To { get; init; }

    /// <summary>The buttons.</summary>
    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Fields this schema does not name, kept so a round trip loses nothing.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
