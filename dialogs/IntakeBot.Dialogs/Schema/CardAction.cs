using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntakeBot.Dialogs.Schema;

/// <summary>A button: a suggested action or a card button.</summary>
public sealed record CardAction
{
    /// <summary>One of <see cref="ActionTypes"/>.</summary>
    public string? Type { get; init; }

    /// <summary>The button label.</summary>
    public string? Title { get; init; }

    /// <summary>An image URL shown on the button.</summary>
    public string? Image { get; init; }

    /// <summary>Alternative text for <see cref="Image"/>.</summary>
    public string? ImageAltText { get; init; }

    /// <summary>Text sent with a messageBack action.</summary>
    public string? Text { get; init; }

    /// <summary>Text shown in the chat for a messageBack action.</summary>
    public string? DisplayText { get; init; }

    /// <summary>The action's value: text for imBack, any JSON for postBack and messageBack.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>Channel-specific data.</summary>
    public JsonElement? ChannelData { get; init; }

    /// <summary>Fields this schema does not name, kept so a round trip loses nothing.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalProperties { get; init; }

    /// <summary>An imBack button whose title and value are both <paramref name="text"/>.</summary>
    public static CardAction ImBack(string text) =>
        new() { Type = ActionTypes.ImBack, Title = text, Value = JsonSerializer.SerializeToElement(text) };
}
