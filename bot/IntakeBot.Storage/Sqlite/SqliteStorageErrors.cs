using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Sqlite;

/// <summary>Turns driver errors into messages that name the database file.</summary>
internal static class SqliteStorageErrors
{
    private const int NotADatabase = 26;
    private const int Corrupt = 11;

    public static InvalidOperationException Describe(SqliteException error, string dataSource)
    {
        var message = error.SqliteErrorCode is NotADatabase or Corrupt
            ? $"The file '{dataSource}' is not a SQLite database or is corrupt: {error.Message}"
            : $"The SQLite database '{dataSource}' failed: {error.Message}";
        return new InvalidOperationException(message, error);
    }
}
