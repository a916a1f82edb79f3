using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IntakeBot.Content.Loading;

namespace IntakeBot.Content.Validation;

/// <summary>
/// A validator for the subset of JSON Schema (2020-12) that content/schemas uses: type, properties, required,
/// additionalProperties, items, enum, pattern, minLength, minItems, minimum, anyOf and local $ref to $defs.
/// JsonSchema.Net does not restore from this feed (JsonPointer.Net is missing), hence this small one.
/// Unknown keywords throw, so a schema cannot silently ask for more than is checked.
/// </summary>
internal sealed class JsonSchemaValidator
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "$defs", "$comment", "title", "description", "examples"];
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    private readonly JsonObject _root;
    private readonly string _schemaName;

    public JsonSchemaValidator(JsonObject root, string schemaName)
    {
        _root = root;
        _schemaName = schemaName;
    }

    public void Validate(JsonNode? instance, string file, List<ContentProblem> problems) =>
        Check(_root, instance, "", file, problems);

    private void Check(JsonObject schema, JsonNode? node, string path, string file, List<ContentProblem> problems)
    {
        var before = problems.Count;
        foreach (var (keyword, value) in schema)
        {
            if (Annotations.Contains(keyword))
            {
                continue;
            }

            switch (keyword)
            {
                case "$ref":
                    Check(Resolve(value!.GetValue<string>()), node, path, file, problems);
                    break;
                case "type":
                    CheckType(value!, node, path, file, problems);
                    break;
                case "anyOf":
                    CheckAnyOf(value!.AsArray(), node, path, file, problems);
                    break;
                case "enum":
                    if (!value!.AsArray().Any(v => JsonNode.DeepEquals(v, node)))
                    {
                        problems.Add(new(file, path, $"value {Show(node)} is not one of {value.ToJsonString()}"));
                    }

                    break;
                case "properties" or "required" or "additionalProperties":
                    break; // Checked once for the whole object below.
                case "items":
                    if (node is JsonArray array)
                    {
                        for (var i = 0; i < array.Count; i++)
                        {
                            Check(value!.AsObject(), array[i], $"{path}/{i}", file, problems);
                        }
                    }

                    break;
                case "minItems":
                    if (node is JsonArray { Count: var count } && count < value!.GetValue<int>())
                    {
                        problems.Add(new(file, path, $"needs at least {value} item(s), has {count}"));
                    }

                    break;
                case "minLength":
                    if (node is JsonValue v && v.TryGetValue<string>(out var s) && s.Trim().Length < value!.GetValue<int>())
                    {
                        problems.Add(new(file, path, $"text must have at least {value} character(s)"));
                    }

                    break;
                case "minimum":
                    if (node is JsonValue nv && nv.TryGetValue<long>(out var n) && n < value!.GetValue<long>())
                    {
                        problems.Add(new(file, path, $"number {n} is below the minimum {value}"));
                    }

                    break;
                case "pattern":
                    if (node is JsonValue pv && pv.TryGetValue<string>(out var text)
                        && !Regex.IsMatch(text, value!.GetValue<string>(), RegexOptions.NonBacktracking, RegexTimeout))
                    {
                        problems.Add(new(file, path, $"'{text}' does not match the pattern {value}"));
                    }

                    break;
                default:
                    throw new InvalidOperationException($"Schema {_schemaName} uses unsupported keyword '{keyword}'.");
            }

            if (problems.Count > before && keyword == "type")
            {
                return; // Further keywords only add noise for a value of the wrong type.
            }
        }

        if (node is JsonObject obj && (schema.ContainsKey("properties") || schema.ContainsKey("required") || schema.ContainsKey("additionalProperties")))
        {
            CheckObject(schema, obj, path, file, problems);
        }
    }

    private void CheckObject(JsonObject schema, JsonObject obj, string path, string file, List<ContentProblem> problems)
    {
        var properties = schema["properties"] as JsonObject;
        if (schema["required"] is JsonArray required)
        {
            foreach (var name in required.Select(r => r!.GetValue<string>()).Where(name => !obj.ContainsKey(name)))
            {
                problems.Add(new(file, path, $"missing required property '{name}'"));
            }
        }

        foreach (var (name, child) in obj)
        {
            var childPath = $"{path}/{Escape(name)}";
            if (properties?[name] is JsonObject propertySchema)
            {
                Check(propertySchema, child, childPath, file, problems);
            }
            else if (schema["additionalProperties"] is JsonObject additional)
            {
                Check(additional, child, childPath, file, problems);
            }
            else if (schema["additionalProperties"] is JsonValue allowed && !allowed.GetValue<bool>())
            {
                problems.Add(new(file, childPath, $"unknown property '{name}'"));
            }
        }
    }

    private void CheckAnyOf(JsonArray options, JsonNode? node, string path, string file, List<ContentProblem> problems)
    {
        List<ContentProblem>? best = null;
        foreach (var option in options)
        {
            var attempt = new List<ContentProblem>();
            Check(option!.AsObject(), node, path, file, attempt);
            if (attempt.Count == 0)
            {
                return;
            }

            if (best is null || attempt.Count < best.Count)
            {
                best = attempt;
            }
        }

        problems.Add(new(file, path, $"matches none of the allowed shapes; closest: {string.Join("; ", best!.Select(p => $"{p.Path}: {p.Reason}"))}"));
    }

    private static void CheckType(JsonNode expected, JsonNode? node, string path, string file, List<ContentProblem> problems)
    {
        var types = expected is JsonArray many ? many.Select(t => t!.GetValue<string>()).ToList() : [expected.GetValue<string>()];
        var actual = TypeOf(node);
        if (!types.Contains(actual) && !(actual == "integer" && types.Contains("number")))
        {
            problems.Add(new(file, path, $"expected {string.Join(" or ", types)} but found {actual}"));
        }
    }

    private static string TypeOf(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Number => node.AsValue().TryGetValue<long>(out _) ? "integer" : "number",
        _ => "unknown",
    };

    private JsonObject Resolve(string reference)
    {
        const string Prefix = "#/$defs/";
        if (!reference.StartsWith(Prefix, StringComparison.Ordinal) || _root["$defs"]?[reference[Prefix.Length..]] is not JsonObject target)
        {
            throw new InvalidOperationException($"Schema {_schemaName}: cannot resolve $ref '{reference}'.");
        }

        return target;
    }

    private static string Show(JsonNode? node) => node?.ToJsonString() ?? "null";

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
