using System.Text.RegularExpressions;

namespace IntakeBot.Deployment.Tests.Azure;

/// <summary>main.bicep, read line by line: its <c>param</c> and <c>resource</c> declarations and the literal app settings.</summary>
internal sealed partial class BicepTemplate
{
    private BicepTemplate(IReadOnlyList<BicepParameter> parameters, IReadOnlyList<(string Type, string ApiVersion)> resources, IReadOnlyList<string> appSettingNames)
    {
        Parameters = parameters;
        Resources = resources;
        AppSettingNames = appSettingNames;
    }

    public IReadOnlyList<BicepParameter> Parameters { get; }

    public IReadOnlyList<(string Type, string ApiVersion)> Resources { get; }

    /// <summary>The names in <c>var appSettings = [ … ]</c>.</summary>
    public IReadOnlyList<string> AppSettingNames { get; }

    public static BicepTemplate Load() => Parse(DeploymentFiles.Read(DeploymentFiles.Azure("main.bicep")));

    public static BicepTemplate Parse(string text)
    {
        var parameters = new List<BicepParameter>();
        var resources = new List<(string, string)>();
        var settings = new List<string>();
        var secure = false;
        var inSettings = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line == "@secure()")
            {
                secure = true;
                continue;
            }

            if (ParamLine().Match(line) is { Success: true } param)
            {
                var value = param.Groups[3].Success ? param.Groups[3].Value.Trim() : null;
                parameters.Add(new BicepParameter(param.Groups[1].Value, param.Groups[2].Value, secure, value));
                secure = false;
            }
            else if (ResourceLine().Match(line) is { Success: true } resource)
            {
                resources.Add((resource.Groups[1].Value, resource.Groups[2].Value));
            }
            else if (line == "var appSettings = [")
            {
                inSettings = true;
            }
            else if (inSettings && line == "]")
            {
                inSettings = false;
            }
            else if (inSettings && SettingName().Match(line) is { Success: true } setting)
            {
                settings.Add(setting.Groups[1].Value);
            }
            else if (line.Length > 0 && !line.StartsWith('@') && !line.StartsWith("//", StringComparison.Ordinal) && !line.StartsWith('\''))
            {
                // A decorator applies to the next declaration only.
                secure = false;
            }
        }

        return new BicepTemplate(parameters, resources, settings);
    }

    [GeneratedRegex(@"^param\s+(\w+)\s+(\w+)(?:\s*=\s*(.+))?$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex ParamLine();

    [GeneratedRegex(@"^resource\s+\w+\s+'([^'@]+)@([^']+)'", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex ResourceLine();

    [GeneratedRegex(@"^\{\s*name:\s*'([^']+)'", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex SettingName();
}
