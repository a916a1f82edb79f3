namespace IntakeBot.Bot.Cli;

/// <summary>Reads <c>--name value</c> options from a command line.</summary>
internal static class CliOptions
{
    /// <summary>The value after <paramref name="name"/>, or null when the option is absent or followed by another option.</summary>
    public static string? Value(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count - 1; i++)
        {
            if (string.Equals(args[i], name, StringComparison.Ordinal))
            {
                return args[i + 1].StartsWith("--", StringComparison.Ordinal) ? null : args[i + 1];
            }
        }

        return null;
    }
}
