using IntakeBot.Dialogs.State;
using Npgsql;
using NpgsqlTypes;

namespace IntakeBot.Storage.Postgres;

/// <summary>
/// Durable <see cref="IStorage"/> in PostgreSQL (table <c>state_items</c>), safe for concurrent use from many threads
/// and from several bot instances sharing the database.
/// </summary>
/// <remarks>
/// A write runs in one transaction: each item's precondition is checked by the statement that writes it (an insert
/// that does nothing when the key exists, or an update that matches the expected eTag), so a concurrent writer either
/// commits first and makes the precondition fail, or waits on the row lock. Items are written in key order so two
/// multi-item writes never deadlock. A read of several keys is one statement, so one snapshot.
/// </remarks>
public sealed class PostgresStorage : IStorage
{
    private static readonly IReadOnlyDictionary<string, string> NoETags = new Dictionary<string, string>();
    private readonly PostgresDatabase _database;
    private readonly ETagGenerator _etags = new();

    /// <summary>Creates the store on <paramref name="database"/>; the table is created on first use.</summary>
    public PostgresStorage(PostgresDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The database cannot be reached; the message names it.</exception>
    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        StorageKeys.Validate(keys);
        var byStoredKey = new Dictionary<string, string>(keys.Count, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            byStoredKey.TryAdd(PostgresText.Encode(key), key);
        }

        return _database.RunAsync<IReadOnlyDictionary<string, StoreItem>>(
            PostgresSchema.Migrations,
            async (connection, token) =>
            {
                var found = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
                if (byStoredKey.Count == 0)
                {
                    return found;
                }

                await using var select = new NpgsqlCommand("SELECT key, etag, json FROM state_items WHERE key = ANY(@keys);", connection);
                select.Parameters.Add(new NpgsqlParameter<string[]>("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. byStoredKey.Keys] });
                await using var reader = await select.ExecuteReaderAsync(token).ConfigureAwait(false);
                while (await reader.ReadAsync(token).ConfigureAwait(false))
                {
                    found[byStoredKey[reader.GetString(0)]] = new StoreItem(reader.GetFieldValue<byte[]>(2), reader.GetString(1));
                }

                return found;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The database cannot be reached or written; the message names it.</exception>
    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, item) in changes)
        {
            StorageKeys.Validate(key, nameof(changes));
            ArgumentNullException.ThrowIfNull(item, nameof(changes));
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (changes.Count == 0)
        {
            return Task.FromResult(NoETags);
        }

        // Copied now: the caller may reuse its buffers as soon as this method returns its task.
        var ordered = changes.Select(change => (change.Key, Stored: PostgresText.Encode(change.Key), change.Value.ETag, Json: change.Value.Json.ToArray()))
            .OrderBy(change => change.Stored, StringComparer.Ordinal)
            .ToList();
        return _database.InTransactionAsync<IReadOnlyDictionary<string, string>>(
            PostgresSchema.Migrations,
            async (connection, token) =>
            {
                var etags = new Dictionary<string, string>(ordered.Count, StringComparer.Ordinal);
                foreach (var (key, stored, expected, json) in ordered)
                {
                    var etag = _etags.Next();
                    if (!await ApplyAsync(connection, stored, expected, json, etag, token).ConfigureAwait(false))
                    {
                        throw new ETagConflictException(key, expected, await CurrentETagAsync(connection, stored, token).ConfigureAwait(false));
                    }

                    etags[key] = etag;
                }

                return etags;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The database cannot be reached or written; the message names it.</exception>
    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        StorageKeys.Validate(keys);
        cancellationToken.ThrowIfCancellationRequested();
        if (keys.Count == 0)
        {
            return;
        }

        var stored = keys.Select(PostgresText.Encode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        await _database.RunAsync(
            PostgresSchema.Migrations,
            async (connection, token) =>
            {
                await using var delete = new NpgsqlCommand("DELETE FROM state_items WHERE key = ANY(@keys);", connection);
                delete.Parameters.Add(new NpgsqlParameter<string[]>("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = stored });
                return await delete.ExecuteNonQueryAsync(token).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static async Task<bool> ApplyAsync(NpgsqlConnection connection, string key, string? expected, byte[] json, string etag, CancellationToken cancellationToken)
    {
        var sql = expected switch
        {
            null => "INSERT INTO state_items (key, etag, json) VALUES (@key, @etag, @json) ON CONFLICT (key) DO NOTHING;",
            StoreItem.AnyETag => "INSERT INTO state_items (key, etag, json) VALUES (@key, @etag, @json) ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, json = excluded.json;",
            _ => "UPDATE state_items SET etag = @etag, json = @json WHERE key = @key AND etag = @expected;",
        };
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<string>("key", NpgsqlDbType.Text) { TypedValue = key });
        command.Parameters.Add(new NpgsqlParameter<string>("etag", NpgsqlDbType.Text) { TypedValue = etag });
        command.Parameters.Add(new NpgsqlParameter<byte[]>("json", NpgsqlDbType.Bytea) { TypedValue = json });
        if (expected is not (null or StoreItem.AnyETag))
        {
            command.Parameters.Add(new NpgsqlParameter<string>("expected", NpgsqlDbType.Text) { TypedValue = expected });
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private static async Task<string?> CurrentETagAsync(NpgsqlConnection connection, string key, CancellationToken cancellationToken)
    {
        await using var select = new NpgsqlCommand("SELECT etag FROM state_items WHERE key = @key;", connection);
        select.Parameters.Add(new NpgsqlParameter<string>("key", NpgsqlDbType.Text) { TypedValue = key });
        return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }
}
