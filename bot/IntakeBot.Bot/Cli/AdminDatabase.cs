using IntakeBot.Bot.Hosting;
using IntakeBot.Storage.Sqlite;

namespace IntakeBot.Bot.Cli;

/// <summary>
/// The database the host uses, found the way the host finds it: the "Storage" settings (<c>Storage:Provider</c>,
/// <c>Storage:SqlitePath</c>, <c>Storage:PostgresConnectionString</c>) from appsettings.json in the working directory,
/// environment variables (<c>Storage__SqlitePath</c>) or <c>--Storage:SqlitePath=...</c> arguments; by default the
/// SQLite file data/intakebot.db under the working directory.
/// </summary>
internal static class AdminDatabase
{
    /// <summary>The SQLite file (its folder created), for callers that need SQLite whatever the provider.</summary>
    public static SqliteStorageOptions Options(IReadOnlyList<string> args)
    {
        var storage = Storage(args);
        var path = StorageRegistration.SqliteFile(storage);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new SqliteStorageOptions { Path = path, Synchronous = storage.Synchronous };
    }

    /// <summary>The host's "Storage" settings: provider, SQLite file or PostgreSQL connection string.</summary>
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
        var storage = StorageOptions.From(configuration);
        storage.SqlitePath = StorageRegistration.SqliteFile(storage);
        Directory.CreateDirectory(Path.GetDirectoryName(storage.SqlitePath)!);
        return storage;
    }
}
