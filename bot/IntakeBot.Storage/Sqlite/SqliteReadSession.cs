using IntakeBot.Dialogs.State;
using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Sqlite;

/// <summary>A pooled reader connection with its prepared statements. Used by one caller at a time.</summary>
internal sealed class SqliteReadSession : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _begin;
    private readonly SqliteCommand _commit;
    private readonly SqliteCommand _select;
    private readonly SqliteParameter _key;

    public SqliteReadSession(SqliteConnection connection)
    {
        _connection = connection;
        _begin = Prepare("BEGIN;");
        _commit = Prepare("COMMIT;");
        _select = Prepare("SELECT etag, json FROM state_items WHERE key = $key;");
        _key = _select.Parameters.Add("$key", SqliteType.Text);
        _select.Prepare();
    }

    public void ReadInto(IReadOnlyCollection<string> keys, Dictionary<string, StoreItem> found)
    {
        // Several keys are read in one transaction so they come from one snapshot of the database.
        var snapshot = keys.Count > 1;
        if (snapshot)
        {
            _begin.ExecuteNonQuery();
        }

        try
        {
            foreach (var key in keys)
            {
                _key.Value = key;
                using var reader = _select.ExecuteReader();
                if (reader.Read())
                {
                    found[key] = new StoreItem(reader.GetFieldValue<byte[]>(1), reader.GetString(0));
                }
            }
        }
        finally
        {
            if (snapshot)
            {
                _commit.ExecuteNonQuery();
            }
        }
    }

    public void Dispose() => _connection.Dispose();

    private SqliteCommand Prepare(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
