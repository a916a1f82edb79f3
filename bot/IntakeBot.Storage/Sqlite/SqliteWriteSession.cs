using System.Runtime.InteropServices;
using IntakeBot.Dialogs.State;
using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Sqlite;

/// <summary>
/// The state store's prepared statements on the file's writer connection. Not thread-safe: the writer runs one request
/// at a time, inside its transaction and under a savepoint that is rolled back when a write throws.
/// </summary>
internal sealed class SqliteWriteSession : ISqliteSession
{
    private readonly SqliteConnection _connection;
    private readonly ETagGenerator _etags;
    private readonly SqliteCommand _insert;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _upsert;
    private readonly SqliteCommand _selectETag;
    private readonly SqliteCommand _delete;

    public SqliteWriteSession(SqliteConnection connection, ETagGenerator etags)
    {
        _connection = connection;
        _etags = etags;
        _insert = Prepare("INSERT INTO state_items (key, etag, json) VALUES ($key, $etag, $json) ON CONFLICT (key) DO NOTHING;");
        _update = Prepare("UPDATE state_items SET etag = $etag, json = $json WHERE key = $key AND etag = $expected;");
        _upsert = Prepare("INSERT INTO state_items (key, etag, json) VALUES ($key, $etag, $json) ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, json = excluded.json;");
        _selectETag = Prepare("SELECT etag FROM state_items WHERE key = $key;");
        _delete = Prepare("DELETE FROM state_items WHERE key = $key;");
    }

    /// <summary>Never: the writer owns the transaction and its rollback.</summary>
    public bool Broken => false;

    public Dictionary<string, string> Write(IReadOnlyDictionary<string, StoreItem> changes)
    {
        var etags = new Dictionary<string, string>(changes.Count, StringComparer.Ordinal);
        try
        {
            foreach (var (key, item) in changes)
            {
                var etag = _etags.Next();
                if (!Apply(key, item, etag))
                {
                    throw new ETagConflictException(key, item.ETag, CurrentETag(key));
                }

                etags[key] = etag;
            }
        }
        finally
        {
            // Do not keep the caller's (possibly 1 MB) buffers alive until the next write.
            _insert.Parameters["$json"].Value = _update.Parameters["$json"].Value = _upsert.Parameters["$json"].Value = DBNull.Value;
        }

        return etags;
    }

    public void Delete(IReadOnlyCollection<string> keys)
    {
        foreach (var key in keys)
        {
            _delete.Parameters["$key"].Value = key;
            _delete.ExecuteNonQuery();
        }
    }

    public void Dispose() => _connection.Dispose();

    private bool Apply(string key, StoreItem item, string etag)
    {
        var command = item.ETag switch
        {
            null => _insert,
            StoreItem.AnyETag => _upsert,
            _ => _update,
        };
        command.Parameters["$key"].Value = key;
        command.Parameters["$etag"].Value = etag;
        command.Parameters["$json"].Value = AsArray(item.Json);
        if (command == _update)
        {
            command.Parameters["$expected"].Value = item.ETag;
        }

        return command.ExecuteNonQuery() == 1;
    }

    private string? CurrentETag(string key)
    {
        _selectETag.Parameters["$key"].Value = key;
        return _selectETag.ExecuteScalar() as string;
    }

    // SQLite copies bound blobs, so a whole array can be bound as is; only a slice needs a copy.
    private static byte[] AsArray(ReadOnlyMemory<byte> json) =>
        MemoryMarshal.TryGetArray(json, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : json.ToArray();

    private SqliteCommand Prepare(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in new[] { "$key", "$etag", "$expected" })
        {
            if (sql.Contains(name, StringComparison.Ordinal))
            {
                command.Parameters.Add(name, SqliteType.Text);
            }
        }

        if (sql.Contains("$json", StringComparison.Ordinal))
        {
            command.Parameters.Add("$json", SqliteType.Blob);
        }

        command.Prepare();
        return command;
    }
}
