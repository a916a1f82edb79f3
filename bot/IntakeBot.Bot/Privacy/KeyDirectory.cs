namespace IntakeBot.Bot.Privacy;

/// <summary>Creates the key folder so that only the account running the bot can read it.</summary>
internal static class KeyDirectory
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates <paramref name="path"/> (owner-only on Unix) or narrows an existing folder to owner-only.</summary>
    public static DirectoryInfo Ensure(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (OperatingSystem.IsWindows())
        {
            // Windows has ACLs instead of modes; the folder inherits its parent's, which the installer sets.
            return Directory.CreateDirectory(path);
        }

        var folder = Directory.Exists(path) ? new DirectoryInfo(path) : Directory.CreateDirectory(path, OwnerOnly);
        if ((folder.UnixFileMode & ~OwnerOnly) != 0)
        {
            folder.UnixFileMode = OwnerOnly;
        }

        return folder;
    }
}
