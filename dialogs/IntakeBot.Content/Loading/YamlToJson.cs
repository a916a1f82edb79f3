using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IntakeBot.Content.Loading;

/// <summary>
/// Reads YAML into a JSON tree so that one JSON Schema validator and System.Text.Json serve every file.
/// Plain scalars become booleans, integers or null where YAML 1.2 says so; quoted scalars stay strings.
/// </summary>
internal static class YamlToJson
{
    public static JsonNode? Parse(string yaml, string file, List<ContentProblem> problems)
    {
        try
        {
            if (YamlGuard.Check(yaml) is { } refused)
            {
                problems.Add(new ContentProblem(file, "", refused));
                return null;
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
        }
        catch (YamlException e)
        {
            problems.Add(new ContentProblem(file, "", $"YAML error at line {e.Start.Line}, column {e.Start.Column}: {e.Message}"));
            return null;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // Duplicate keys (ours) and some malformed input (YamlDotNet's scanner) surface as these.
            problems.Add(new ContentProblem(file, "", $"YAML error: {e.Message}"));
            return null;
        }
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => ConvertMap(map),
        YamlSequenceNode seq => new JsonArray([.. seq.Children.Select(Convert)]),
        YamlScalarNode scalar => ConvertScalar(scalar),
        _ => null,
    };

    private static JsonObject ConvertMap(YamlMappingNode map)
    {
        var result = new JsonObject();
        foreach (var (key, value) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? key.ToString();
            if (result.ContainsKey(name))
            {
                throw new ArgumentException($"duplicate key '{name}' at line {key.Start.Line}");
            }

            result[name] = Convert(value);
        }

        return result;
    }

    private static JsonNode? ConvertScalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when IsInteger(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
            _ => JsonValue.Create(text),
        };
    }

    // A leading zero (phone numbers like 0800) keeps the value a string.
    private static bool IsInteger(string text) =>
        text.Length is > 0 and < 19
        && text.All(char.IsAsciiDigit)
        && (text.Length == 1 || text[0] != '0');
}
