using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntakeBot.Dialogs.Schema;

/// <summary>Metadata attached to an activity (<c>mention</c>, <c>clientInfo</c>, <c>ClientCapabilities</c>, …).</summary>
/// <remarks>Only <see cref="Type"/> is named; every other field of the entity is kept in <see cref="Properties"/>.</remarks>
public sealed record Entity
{
    /// <summary>The entity type.</summary>
    public string? Type { get; init; }

    /// <summary>All other fields of the entity.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }
}
