namespace IntakeBot.Deployment.Tests.SelfHost;

/// <summary>nginx/intakebot.conf split into blocks (<c>server</c>, <c>location …</c>, <c>upstream …</c>) by braces.</summary>
internal sealed class NginxConfig(string text)
{
    public string Text => text;

    public static NginxConfig Load() => new(DeploymentFiles.Read(DeploymentFiles.SelfHost(Path.Combine("nginx", "intakebot.conf"))));

    /// <summary>Every block whose header starts with <paramref name="header"/>, as (header, body without nested blocks' text removed).</summary>
    public IEnumerable<(string Header, string Body)> Blocks(string header)
    {
        var lines = text.Split('\n').Select(line => line.Trim()).Where(line => !line.StartsWith('#')).ToList();
        var joined = string.Join("\n", lines);
        for (var start = joined.IndexOf(header, StringComparison.Ordinal); start >= 0; start = joined.IndexOf(header, start + 1, StringComparison.Ordinal))
        {
            if (start > 0 && joined[start - 1] != '\n')
            {
                continue;
            }

            var open = joined.IndexOf('{', start);
            var depth = 0;
            for (var i = open; i < joined.Length; i++)
            {
                depth += joined[i] switch { '{' => 1, '}' => -1, _ => 0 };
                if (depth == 0)
                {
                    yield return (joined[start..open].Trim(), joined[(open + 1)..i]);
                    break;
                }
            }
        }
    }

    /// <summary>The directive lines of a block body: "name args;" with the trailing semicolon removed.</summary>
    public static IReadOnlyList<string> Directives(string body) =>
        [.. body.Split('\n').Select(line => line.Trim()).Where(line => line.EndsWith(';')).Select(line => line.TrimEnd(';'))];
}
