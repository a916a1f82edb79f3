using IntakeBot.Bot.Hosting;

namespace IntakeBot.Bot.Privacy;

/// <summary>Reads <see cref="DataProtectionKeyOptions.Store"/>: the key ring in a folder or in the PostgreSQL database.</summary>
internal static class DataProtectionKeyStore
{
    /// <summary>True for the database: when configured so, or by default when the storage is PostgreSQL.</summary>
    /// <exception cref="InvalidOperationException">The value is unknown, or <c>database</c> without PostgreSQL.</exception>
    public static bool InDatabase(DataProtectionKeyOptions keys, StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(storage);
        var postgres = string.Equals(storage.Provider?.Trim(), StorageOptions.PostgresProvider, StringComparison.OrdinalIgnoreCase);
        var store = string.IsNullOrWhiteSpace(keys.Store) ? null : keys.Store.Trim().ToLowerInvariant();
        switch (store)
        {
            case null:
                return postgres;
            case DataProtectionKeyOptions.FolderStore:
                return false;
            case DataProtectionKeyOptions.DatabaseStore when postgres:
                return true;
            case DataProtectionKeyOptions.DatabaseStore:
                throw new InvalidOperationException(
                    $"{DataProtectionKeyOptions.SectionName}:Store is '{DataProtectionKeyOptions.DatabaseStore}', which needs {StorageOptions.SectionName}:Provider '{StorageOptions.PostgresProvider}'. " +
                    $"With SQLite, use '{DataProtectionKeyOptions.FolderStore}' (the default) and {DataProtectionKeyOptions.SectionName}:KeysPath.");
            default:
                throw new InvalidOperationException(
                    $"{DataProtectionKeyOptions.SectionName}:Store is '{keys.Store}', which is not a key store: use '{DataProtectionKeyOptions.FolderStore}' or '{DataProtectionKeyOptions.DatabaseStore}'.");
        }
    }
}
