using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntakeBot.Dialogs;

/// <summary>Stores a <see cref="DialogInstance"/> as <c>{"id":"…","state":{…}}</c>.</summary>
internal sealed class DialogInstanceConverter : JsonConverter<DialogInstance>
{
    public override DialogInstance Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(id.GetString()))
        {
            throw new JsonException("A stored dialog instance needs a non-empty string 'id'.");
        }

        JsonElement? state = root.TryGetProperty("state", out var stateElement) && stateElement.ValueKind == JsonValueKind.Object
            ? stateElement.Clone()
            : null;
        return new DialogInstance(id.GetString()!, state);
    }

    public override void Write(Utf8JsonWriter writer, DialogInstance value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WritePropertyName("state");
        value.WriteState(writer);
        writer.WriteEndObject();
    }
}
