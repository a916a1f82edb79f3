using System.Text.Json;
using System.Text.Json.Nodes;
using IntakeBot.Content.Validation;

namespace IntakeBot.Content.Loading;

/// <summary>Reads one YAML file, validates it against its schema and maps it to a record, collecting problems.</summary>
internal sealed class ContentFileReader(string contentRoot)
{
    private readonly Dictionary<string, JsonSchemaValidator?> _schemas = new(StringComparer.Ordinal);

    public List<ContentProblem> Problems { get; } = [];

    public string Relative(string path) => Path.GetRelativePath(contentRoot, path).Replace('\\', '/');

    public IEnumerable<string> Files(string folder, string pattern)
    {
        var directory = Path.Combine(contentRoot, folder);
        if (!Directory.Exists(directory))
        {
            Problems.Add(new(folder, "", "folder not found"));
            return [];
        }

        return Directory.GetFiles(directory, pattern).Order(StringComparer.Ordinal);
    }

    public JsonNode? ReadNode(string path, string schemaName)
    {
        var file = Relative(path);
        if (!File.Exists(path))
        {
            Problems.Add(new(file, "", "file not found"));
            return null;
        }

        var before = Problems.Count;
        var node = YamlToJson.Parse(File.ReadAllText(path), file, Problems);
        if (Problems.Count > before)
        {
            return null;
        }

        if (Schema(schemaName) is not { } schema)
        {
            Problems.Add(new(file, "", $"schema schemas/{schemaName}.schema.json is missing or not valid JSON"));
            return null;
        }

        schema.Validate(node, file, Problems);
        return Problems.Count > before ? null : node;
    }

    public T? Read<T>(string path, string schemaName)
        where T : class
    {
        if (ReadNode(path, schemaName) is not { } node)
        {
            return null;
        }

        try
        {
            return node.Deserialize<T>(ContentJson.Options)
                ?? throw new JsonException("the file is empty");
        }
        catch (JsonException e)
        {
            Problems.Add(new(Relative(path), ToPointer(e.Path), e.Message));
            return null;
        }
    }

    private JsonSchemaValidator? Schema(string name)
    {
        if (!_schemas.TryGetValue(name, out var validator))
        {
            var path = Path.Combine(contentRoot, "schemas", name + ".schema.json");
            try
            {
                validator = File.Exists(path) && JsonNode.Parse(File.ReadAllText(path)) is JsonObject root
                    ? new JsonSchemaValidator(root, name)
                    : null;
            }
            catch (JsonException)
            {
                validator = null;
            }

            _schemas[name] = validator;
        }

        return validator;
    }

    // System.Text.Json reports "$.kinds[2].steps"; content problems use JSON pointers like /kinds/2/steps.
    private static string ToPointer(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$"
            ? ""
            : jsonPath.TrimStart('$').Replace("[", "/", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal).Replace('.', '/');
}
