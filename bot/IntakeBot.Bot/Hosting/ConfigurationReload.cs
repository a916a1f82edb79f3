namespace IntakeBot.Bot.Hosting;

/// <summary>
/// Configuration files are read at start-up and not watched, unless the operator asks for it with
/// <c>hostBuilder:reloadConfigOnChange=true</c> (command line, or the environment variable
/// <c>DOTNET_hostBuilder__reloadConfigOnChange</c>).
/// </summary>
/// <remarks>
/// ASP.NET Core watches the content root, subfolders included, for <c>appsettings*.json</c>, even when there is none.
/// The default SQLite file lives in that root (<c>data/</c>), so every commit woke the watcher's thread: about 4% of
/// the server's CPU under load. IntakeBot reads almost all of its settings once at start-up anyway, so a changed file
/// takes effect on the next start.
/// </remarks>
public static class ConfigurationReload
{
    /// <summary>The setting that turns watching on or off.</summary>
    public const string Key = "hostBuilder:reloadConfigOnChange";

    private const string EnvironmentVariable = "DOTNET_hostBuilder__reloadConfigOnChange";

    /// <summary><paramref name="args"/> with watching turned off first, unless the command line or environment sets it.</summary>
    public static string[] OffUnlessAsked(string[] args, Func<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        environment ??= Environment.GetEnvironmentVariable;
        var asked = environment(EnvironmentVariable) is not null
            || args.Any(arg => arg.TrimStart('-', '/').StartsWith(Key, StringComparison.OrdinalIgnoreCase)
                || arg.TrimStart('-', '/').StartsWith("hostBuilder__reloadConfigOnChange", StringComparison.OrdinalIgnoreCase));
        return asked ? args : [$"--{Key}=false", .. args];
    }
}
