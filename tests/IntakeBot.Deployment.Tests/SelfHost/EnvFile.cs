using System.Text.RegularExpressions;

namespace IntakeBot.Deployment.Tests.SelfHost;

/// <summary>intakebot.env.example: the keys that are set and the ones shown commented out with their default.</summary>
internal sealed partial class EnvFile(IReadOnlyDictionary<string, string> active, IReadOnlyDictionary<string, string> commented, IReadOnlyList<string> lines)
{
    public IReadOnlyDictionary<string, string> Active => active;

    public IReadOnlyDictionary<string, string> Commented => commented;

    public IEnumerable<string> AllKeys => active.Keys.Concat(commented.Keys);

    public IReadOnlyList<string> Lines => lines;

    public static EnvFile Load() => Parse(DeploymentFiles.Read(DeploymentFiles.SelfHost("intakebot.env.example")));

    public static EnvFile Parse(string text)
    {
        var active = new Dictionary<string, string>(StringComparer.Ordinal);
        var commented = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        foreach (var line in lines)
        {
            if (Setting().Match(line) is { Success: true } match)
            {
                var target = match.Groups[1].Length == 0 ? active : commented;
                target[match.Groups[2].Value] = match.Groups[3].Value;
            }
        }

        return new EnvFile(active, commented, lines);
    }

    /// <summary>True when a "# " comment precedes the group of setting lines that <paramref name="key"/> belongs to.</summary>
    public bool HasComment(string key)
    {
        var index = lines.ToList().FindIndex(line => Setting().Match(line) is { Success: true } match && match.Groups[2].Value == key);
        while (index > 0 && Setting().IsMatch(lines[index - 1]))
        {
            index--;
        }

        return index > 0 && lines[index - 1].StartsWith("# ", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(#?)([A-Za-z][A-Za-z0-9_.-]*)=(.*)$", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Setting();
}
