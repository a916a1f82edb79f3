using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntakeBot.Dialogs.Waterfall;

/// <summary>Stores <see cref="WaterfallValues"/> as a plain JSON object.</summary>
internal sealed class WaterfallValuesConverter : JsonConverter<WaterfallValues>
{
    public override WaterfallValues Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var values = new WaterfallValues();
        if (document.RootElement.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in document.RootElement.EnumerateObject())
            {
                values.Items[property.Name] = property.Value.Clone();
            }
        }

        return values;
    }

    public override void Write(Utf8JsonWriter writer, WaterfallValues value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (key, element) in value.Items)
        {
            writer.WritePropertyName(key);
            element.WriteTo(writer);
        }

        writer.WriteEndObject();
    }
}
