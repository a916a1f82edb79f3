using System.Text;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>Finds the secrets: configured ones, or a generated one kept in a file so that tokens survive a restart.</summary>
internal static partial class DirectLineSecretSource
{
    public static DirectLineSecrets Resolve(DirectLineOptions options, string defaultGeneratedPath, ILogger logger)
    {
        var configured = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.Secret))
        {
            configured.Add(options.Secret.Trim());
        }

        configured.AddRange(options.Secrets.Where(secret => !string.IsNullOrWhiteSpace(secret)).Select(secret => secret.Trim()));
        if (configured.Count > 0)
        {
            return new DirectLineSecrets(configured);
        }

        var path = Path.GetFullPath(options.GeneratedSecretPath ?? defaultGeneratedPath);
        if (File.Exists(path) && File.ReadAllText(path, Encoding.UTF8).Trim() is { Length: >= 32 } kept)
        {
            LogReused(logger, path);
            return new DirectLineSecrets([kept]);
        }

        var secret = DirectLineSecrets.Generate();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var fileOptions = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(path, Encoding.UTF8, fileOptions))
        {
            writer.Write(secret);
        }

        LogGenerated(logger, path);
        return new DirectLineSecrets([secret]);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Direct Line: no secret configured; a random secret was generated and kept in {Path}. Set DirectLine:Secret to use your own.")]
    private static partial void LogGenerated(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Direct Line: no secret configured; using the secret generated earlier in {Path}.")]
    private static partial void LogReused(ILogger logger, string path);
}
