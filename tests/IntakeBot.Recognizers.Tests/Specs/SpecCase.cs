using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntakeBot.Recognizers.Tests.Specs;

/// <summary>One case of a Recognizers-Text spec file.</summary>
internal sealed record SpecCase
{
    public static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public required string Input { get; init; }

    public JsonElement? Context { get; init; }

    public string? NotSupported { get; init; }

    public string? NotSupportedByDesign { get; init; }

    public List<JsonElement> Results { get; init; } = [];

    /// <summary>True when Microsoft's .NET implementation does not pass this case either; graders leave it out.</summary>
    [JsonIgnore]
    public bool IsSupportedByDotNet =>
        !(NotSupported ?? string.Empty).Contains("dotnet", StringComparison.OrdinalIgnoreCase)
        && !(NotSupportedByDesign ?? string.Empty).Contains("dotnet", StringComparison.OrdinalIgnoreCase);
}
