using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntakeBot.Content.Loading;

/// <summary>The serializer options that map the camelCase, kebab-case-enum YAML onto the records.</summary>
internal static class ContentJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };
}
