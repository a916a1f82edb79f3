using System.Text.Json.Nodes;

namespace IntakeBot.Deployment.Tests.Azure;

/// <summary>azuredeploy.json, parsed, with helpers to walk its strings and resources.</summary>
internal sealed class ArmTemplate
{
    private ArmTemplate(JsonObject root)
    {
        Root = root;
    }

    public JsonObject Root { get; }

    public JsonObject Parameters => Root["parameters"]!.AsObject();

    public JsonObject Variables => Root["variables"]?.AsObject() ?? [];

    public JsonArray Resources => Root["resources"]!.AsArray();

    public JsonObject Outputs => Root["outputs"]?.AsObject() ?? [];

    public static ArmTemplate Load() => Parse(DeploymentFiles.Read(DeploymentFiles.Azure("azuredeploy.json")));

    public static ArmTemplate Parse(string json) =>
        new(JsonNode.Parse(json)?.AsObject() ?? throw new FormatException("The template is not a JSON object."));

    /// <summary>Declared variables: the keys of "variables" and the names of its "copy" loops.</summary>
    public IReadOnlySet<string> VariableNames =>
        Variables.Where(pair => pair.Key != "copy").Select(pair => pair.Key)
            .Concat(Variables["copy"]?.AsArray().Select(loop => (string)loop!["name"]!) ?? [])
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The variable (or copy loop input) called <paramref name="name"/>.</summary>
    public JsonNode? Variable(string name) =>
        Variables[name] ?? Variables["copy"]?.AsArray().FirstOrDefault(loop => (string)loop!["name"]! == name)?["input"];

    public IEnumerable<JsonObject> ResourcesOfType(string type) =>
        Resources.Select(resource => resource!.AsObject()).Where(resource => (string)resource["type"]! == type);

    /// <summary>Every string value under <paramref name="node"/> (property names excluded).</summary>
    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(pair => Strings(pair.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        _ => [],
    };

    /// <summary>The strings of the template body: variables, resources and outputs.</summary>
    public IEnumerable<string> BodyStrings() => Strings(Variables).Concat(Strings(Resources)).Concat(Strings(Outputs));

    /// <summary>(type, name segments) of every resource, as <c>resourceId()</c> would name it.</summary>
    public IReadOnlySet<string> ResourceKeys() =>
        Resources.Select(resource => Key((string)resource!["type"]!, ArmExpressions.NameSegments((string)resource["name"]!))).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every app setting of the Web App: the literal list plus one sample of each loop (organisation id "example-org").</summary>
    public IEnumerable<(string Name, string Value)> AppSettings()
    {
        var site = ResourcesOfType("Microsoft.Web/sites").Single();
        var expression = (string)site["properties"]!["siteConfig"]!["appSettings"]!;
        yield return ("APPLICATIONINSIGHTS_CONNECTION_STRING", "[reference(...)]");
        foreach (var name in ArmExpressions.Names(expression, "variables"))
        {
            // Only arrays of settings and loop inputs are settings; other variables (names) are used inside expressions.
            var variable = Variable(name) ?? throw new InvalidOperationException($"appSettings uses unknown variable {name}");
            var entries = variable switch
            {
                JsonArray array => array.Select(entry => entry!),
                JsonObject loopInput => [loopInput],
                _ => [],
            };
            foreach (var entry in entries)
            {
                yield return (Sample((string)entry["name"]!), (string)entry["value"]!);
            }
        }
    }

    public static string Key(string type, IEnumerable<string> segments) => type.Trim('\'') + " | " + string.Join(" / ", segments);

    // "[format('Delivery__Organisations__{0}__Email', …)]" -> "Delivery__Organisations__example-org__Email".
    private static string Sample(string name)
    {
        const string Prefix = "[format('";
        return name.StartsWith(Prefix, StringComparison.Ordinal)
            ? name[Prefix.Length..name.IndexOf('\'', Prefix.Length)].Replace("{0}", "example-org", StringComparison.Ordinal)
            : name;
    }
}
