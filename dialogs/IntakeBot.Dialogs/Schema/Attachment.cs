using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntakeBot.Dialogs.Schema;

/// <summary>A file, card or other media in an activity.</summary>
public sealed record Attachment
{
    /// <summary>MIME type, or a card type such as <c>application/vnd.microsoft.card.adaptive</c>.</summary>
    public string? ContentType { get; init; }

    /// <summary>Where the content can be fetched.</summary>
    public string? ContentUrl { get; init; }

    /// <summary>Inline content, for example the card JSON.</summary>
    public JsonElement? Content { get; init; }

    /// <summary>File name.</summary>
    public string? Name { get; init; }

    /// <summary>A thumbnail URL.</summary>
    public string? ThumbnailUrl { get; init; }

    /// <summary>Fields this schema does not name, kept so a round trip loses nothing.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }
}
