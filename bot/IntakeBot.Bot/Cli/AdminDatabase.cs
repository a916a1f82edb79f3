using IntakeBot.Bot.Hosting;
using IntakeBot.Storage.Sqlite;

namespace IntakeBot.Bot.Cli;

/// <summary>
/// The SQLite file the host uses, found the way the host finds it: <c>Storage:SqlitePath</c> from appsettings.json in
/// the working directory, environment variables (<c>Storage__SqlitePath</c>) or a <c>--Storage:SqlitePath=...</c>
/// argument; default data/intakebot.db under the working directory.
/// </summary>
internal static class AdminDatabase
{
    public static SqliteStorageOptions Options(IReadOnlyList<string> args)
    {
        var storage = Storage(args);
        return new SqliteStorageOptions { Path = storage.SqlitePath, Synchronous = storage.Synchronous };
    }

    /// <summary>The storage settings (provider, SQLite file with a full path, PostgreSQL connection string).</summary>
    public static StorageOptions Storage(IReadOnlyList<string> args)
    {
        // Only key=value arguments with a section are configuration; the command's own options are not.
        var settings = args.Where(arg => arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains(':', StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal)).ToArray();
        var configuration = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(settings)
            .Build();
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        storage.SqlitePath = Path.GetFullPath(storage.SqlitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(storage.SqlitePath)!);
        return storage;
    }
}
