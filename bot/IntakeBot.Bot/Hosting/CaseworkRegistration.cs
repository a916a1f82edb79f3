using IntakeBot.Casework.Audit;
using IntakeBot.Casework.Delivery;
using IntakeBot.Casework.Register;
using IntakeBot.Casework.Transcripts;
using IntakeBot.Intake.Cases;
using IntakeBot.Storage.Casework;
using IntakeBot.Storage.Postgres;
using IntakeBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntakeBot.Bot.Hosting;

/// <summary>Registers the staff side of cases: the case register, transcripts, the delivery log and the audit log.</summary>
public static class CaseworkRegistration
{
    /// <summary>
    /// Adds <see cref="ICaseRegister"/>, <see cref="ITranscriptStore"/>, <see cref="IDeliveryLog"/> and
    /// <see cref="IAuditLog"/> on one <see cref="CaseworkDatabase"/>: the SQLite file of the state store, or PostgreSQL
    /// when <see cref="StorageOptions.Provider"/> is "postgres" (on the host's <see cref="PostgresDatabase"/> pool when it
    /// has one for that database). Registers <see cref="PlaintextProtector"/> as
    /// <see cref="IPersonalDataProtector"/> unless another protector is registered (the host's Data Protection one).
    /// </summary>
    /// <exception cref="InvalidOperationException">The provider is unknown, or "postgres" without a connection string.</exception>
    public static IServiceCollection AddCasework(this IServiceCollection services, StorageOptions storage, SqliteStorageOptions sqlite)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(sqlite);
        var database = Database(storage, sqlite);
        services.TryAddSingleton<IPersonalDataProtector>(PlaintextProtector.Instance);
        services.AddSingleton(provider => database(provider));
        services.AddSingleton<ICaseRegister>(sp => new SqlCaseRegister(sp.GetRequiredService<CaseworkDatabase>(), sp.GetRequiredService<IPersonalDataProtector>()));
        services.AddSingleton<ITranscriptStore>(sp => new SqlTranscriptStore(sp.GetRequiredService<CaseworkDatabase>(), sp.GetRequiredService<IPersonalDataProtector>()));
        services.AddSingleton<IDeliveryLog>(sp => new SqlDeliveryLog(sp.GetRequiredService<CaseworkDatabase>()));
        services.AddSingleton<IAuditLog>(sp => new SqlAuditLog(sp.GetRequiredService<CaseworkDatabase>()));
        return services;
    }

    private static Func<IServiceProvider, CaseworkDatabase> Database(StorageOptions storage, SqliteStorageOptions sqlite)
    {
        if (string.Equals(storage.Provider, StorageOptions.PostgresProvider, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = string.IsNullOrWhiteSpace(storage.PostgresConnectionString)
                ? throw new InvalidOperationException("Storage:Provider is \"postgres\" but Storage:PostgresConnectionString is empty.")
                : storage.PostgresConnectionString;
            // The host's pool when the intake stores are on the same database (one pool per database), else a pool of its own.
            return provider => provider.GetService<PostgresDatabase>() is { } shared && shared.Serves(connectionString)
                ? CaseworkDatabase.Postgres(shared)
                : CaseworkDatabase.Postgres(connectionString);
        }

        return string.Equals(storage.Provider, StorageOptions.SqliteProvider, StringComparison.OrdinalIgnoreCase)
            // The file's shared writer when the state stores are on the same file (the host), else a writer of its own.
            ? provider => provider.GetService<SqliteDatabase>() is { } shared && SameFile(shared, sqlite)
                ? CaseworkDatabase.Sqlite(shared)
                : CaseworkDatabase.Sqlite(sqlite)
            : throw new InvalidOperationException($"Storage:Provider \"{storage.Provider}\" is not known; use \"sqlite\" or \"postgres\".");
    }

    private static bool SameFile(SqliteDatabase database, SqliteStorageOptions sqlite) =>
        sqlite.Path is { } path && string.Equals(Path.GetFullPath(path), Path.GetFullPath(database.DataSource), StringComparison.Ordinal);
}
