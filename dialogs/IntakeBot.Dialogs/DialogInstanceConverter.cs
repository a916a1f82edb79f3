using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntakeBot.Dialogs;

/// <summary>Stores a <see cref="DialogInstance"/> as <c>{"id":"…","state":{…}}</c>.</summary>
internal sealed class DialogInstanceConverter : JsonConverter<DialogInstance>
{
    public override DialogInstance Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A stored dialog instance must be a JSON object.");
        }

        string? id = null;
        JsonElement? state = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "id" && reader.TokenType == JsonTokenType.String)
            {
                id = reader.GetString();
            }
            else if (name == "state" && reader.TokenType == JsonTokenType.StartObject)
            {
                // Kept as JSON until the dialog reads it with its own state type.
                state = JsonElement.ParseValue(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        if (string.IsNullOrEmpty(id))
        {
            throw new JsonException("A stored dialog instance needs a non-empty string 'id'.");
        }

        return new DialogInstance(id, state);
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
