namespace IntakeBot.Deployment.Tests.SelfHost;

/// <summary>intakebot.service: its directives (a key may repeat) and its <c>Environment=</c> variables.</summary>
internal sealed class SystemdUnit(IReadOnlyList<KeyValuePair<string, string>> directives)
{
    public static SystemdUnit Load() => Parse(DeploymentFiles.Read(DeploymentFiles.SelfHost("intakebot.service")));

    public static SystemdUnit Parse(string text) => new(
        [.. text.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#') && !line.StartsWith('[') && line.Contains('=', StringComparison.Ordinal))
            .Select(line => new KeyValuePair<string, string>(line[..line.IndexOf('=', StringComparison.Ordinal)], line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..]))]);

    /// <summary>The values of a directive, in order.</summary>
    public IReadOnlyList<string> All(string key) => [.. directives.Where(pair => pair.Key == key).Select(pair => pair.Value)];

    /// <summary>The last value of a directive (systemd's rule for single-valued ones), or null.</summary>
    public string? this[string key] => All(key).LastOrDefault();

    /// <summary>The <c>Environment=KEY=value</c> variables.</summary>
    public IReadOnlyDictionary<string, string> Environment =>
        All("Environment").Select(value => value.Trim('"')).ToDictionary(value => value[..value.IndexOf('=', StringComparison.Ordinal)], value => value[(value.IndexOf('=', StringComparison.Ordinal) + 1)..], StringComparer.Ordinal);
}
