using IntakeBot.Dialogs.State;
using IntakeBot.Intake.Cases;
using IntakeBot.Storage.ApiKeys;
using IntakeBot.Storage.DirectLine;
using IntakeBot.Storage.Postgres;
using IntakeBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntakeBot.Bot.Hosting;

/// <summary>Registers the durable stores for the provider chosen in <see cref="StorageOptions"/>.</summary>
public static class StorageRegistration
{
    /// <summary>
    /// Registers <see cref="IStorage"/>, <see cref="ICaseStore"/>, <see cref="IApiKeyStore"/> and
    /// <see cref="IDirectLineStore"/> on one SQLite file or one PostgreSQL database, plus <see cref="TimeProvider.System"/>
    /// and <see cref="PlaintextProtector"/> unless those are registered already. Every registration is a TryAdd, so
    /// calling this twice changes nothing and services registered earlier win.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="options">The "Storage" settings.</param>
    /// <param name="contentRoot">The folder a relative SQLite path is resolved against; null for the working directory.</param>
    /// <exception cref="InvalidOperationException">The provider is unknown, or PostgreSQL was chosen without a usable connection string.</exception>
    public static IServiceCollection AddIntakeStorage(this IServiceCollection services, StorageOptions options, string? contentRoot = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.TryAddSingleton(TimeProvider.System);
        // Until the host registers its Data Protection protector, case fields are stored as they are.
        services.TryAddSingleton<IPersonalDataProtector>(PlaintextProtector.Instance);
        switch (options.Provider?.Trim().ToLowerInvariant())
        {
            case StorageOptions.SqliteProvider:
                AddSqlite(services, options, contentRoot);
                break;
            case StorageOptions.PostgresProvider:
                AddPostgres(services, options);
                break;
            default:
                throw new InvalidOperationException(
                    $"{StorageOptions.SectionName}:Provider is '{options.Provider}', which is not a storage provider: use '{StorageOptions.SqliteProvider}' (the default) or '{StorageOptions.PostgresProvider}'.");
        }

        return services;
    }

    /// <summary>The full path of the SQLite file <paramref name="options"/> name.</summary>
    public static string SqliteFile(StorageOptions options, string? contentRoot = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return contentRoot is null ? Path.GetFullPath(options.SqlitePath) : Path.GetFullPath(options.SqlitePath, contentRoot);
    }

    private static void AddSqlite(IServiceCollection services, StorageOptions options, string? contentRoot)
    {
        var path = SqliteFile(options, contentRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var sqlite = new SqliteStorageOptions { Path = path, Synchronous = options.Synchronous };
        // One writer connection for every store on the file (group commit): the state, case, API key, Direct Line and
        // casework stores never contend for the file's write lock inside the process. The container disposes the
        // stores before the database, whose disposal writes what is still queued.
        services.TryAddSingleton(_ => new SqliteDatabase(sqlite));
        services.TryAddSingleton<IStorage>(provider => new SqliteStorage(provider.GetRequiredService<SqliteDatabase>()));
        services.TryAddSingleton<ICaseStore>(provider => new SqliteCaseStore(provider.GetRequiredService<SqliteDatabase>(), provider.GetRequiredService<IPersonalDataProtector>()));
        services.TryAddSingleton<IApiKeyStore>(provider => new SqliteApiKeyStore(provider.GetRequiredService<SqliteDatabase>(), provider.GetRequiredService<TimeProvider>()));
        // One process owns the file, so every append passes through this store and a poll that follows its own post
        // is answered from the tail in memory (PostgreSQL, shared by instances, always reads the log).
        services.TryAddSingleton<IDirectLineStore>(provider => new TailCachingDirectLineStore(new SqliteDirectLineStore(provider.GetRequiredService<SqliteDatabase>()), new DirectLineTails()));
    }

    private static void AddPostgres(IServiceCollection services, StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.PostgresConnectionString))
        {
            throw new InvalidOperationException(
                $"{StorageOptions.SectionName}:Provider is '{StorageOptions.PostgresProvider}' but {StorageOptions.SectionName}:PostgresConnectionString is empty. " +
                $"Set it, e.g. with the environment variable {StorageOptions.SectionName}__PostgresConnectionString=\"Host=...;Database=...;Username=...;Password=...\".");
        }

        // Parsed now, so that a malformed string stops start-up rather than the first conversation.
        var database = new PostgresDatabase(options.PostgresConnectionString);
        services.TryAddSingleton(database);
        services.TryAddSingleton<IStorage>(provider => new PostgresStorage(provider.GetRequiredService<PostgresDatabase>()));
        services.TryAddSingleton<ICaseStore>(provider => new PostgresCaseStore(provider.GetRequiredService<PostgresDatabase>(), provider.GetRequiredService<IPersonalDataProtector>()));
        services.TryAddSingleton<IApiKeyStore>(provider => new PostgresApiKeyStore(provider.GetRequiredService<PostgresDatabase>(), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IDirectLineStore>(provider => new PostgresDirectLineStore(provider.GetRequiredService<PostgresDatabase>()));
    }
}
