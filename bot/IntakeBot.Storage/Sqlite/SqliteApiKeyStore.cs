using IntakeBot.Storage.ApiKeys;
using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Sqlite;

/// <summary><see cref="IApiKeyStore"/> in the SQLite file (table <c>api_keys</c>), normally the host's database.</summary>
public sealed class SqliteApiKeyStore : IApiKeyStore, IDisposable
{
    /// <summary>The longest label a key may carry.</summary>
    public const int MaxNameLength = 200;

    private const string Columns = "id, organisation_id, name, created_at, revoked_at";
    private readonly SqliteWriter<SqliteSession> _writer;
    private readonly SqliteReaderPool<SqliteSession> _readers;
    private readonly TimeProvider _time;
    private volatile bool _disposed;

    /// <summary>Creates the store. The file is opened, and the tables created, on first use.</summary>
    /// <exception cref="ArgumentException">The options name no file, or both a path and a connection string.</exception>
    public SqliteApiKeyStore(SqliteStorageOptions options, TimeProvider time)
        : this(new SqliteConnectionFactory(options), null, time)
    {
    }

    /// <summary>Creates the store on <paramref name="database"/>, writing through its shared writer.</summary>
    public SqliteApiKeyStore(SqliteDatabase database, TimeProvider time)
        : this((database ?? throw new ArgumentNullException(nameof(database))).Connections, database.Writer, time)
    {
    }

    private SqliteApiKeyStore(SqliteConnectionFactory connections, SqliteFileWriter? shared, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _writer = new SqliteWriter<SqliteSession>(shared ?? new SqliteFileWriter(connections), shared is null, connection => new SqliteSession(connection), this);
        _readers = new SqliteReaderPool<SqliteSession>(connections, connection => new SqliteSession(connection));
        _time = time;
    }

    /// <inheritdoc />
    public async Task<CreatedApiKey> CreateAsync(string organisationId, string? name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisationId);
        name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        if (name?.Length > MaxNameLength)
        {
            throw new ArgumentException($"The name may be at most {MaxNameLength} characters.", nameof(name));
        }

        ObjectDisposedException.ThrowIf(_disposed, this);
        var record = new ApiKey(ApiKeySecrets.NewId(), organisationId, name, _time.GetUtcNow(), null);
        var (key, hash) = ApiKeySecrets.NewKey(record.Id);
        await _writer.RunAsync(
            session => session.Write(connection =>
            {
                using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO api_keys (id, organisation_id, name, hash, created_at) VALUES ($id, $organisation, $name, $hash, $created);";
                insert.Parameters.AddWithValue("$id", record.Id);
                insert.Parameters.AddWithValue("$organisation", record.OrganisationId);
                insert.Parameters.AddWithValue("$name", (object?)record.Name ?? DBNull.Value);
                insert.Parameters.AddWithValue("$hash", hash);
                insert.Parameters.AddWithValue("$created", SqliteValues.Instant(record.CreatedAt));
                return insert.ExecuteNonQuery();
            }),
            cancellationToken).ConfigureAwait(false);
        return new CreatedApiKey(record, key);
    }

    /// <inheritdoc />
    public async Task<ApiKey?> ValidateAsync(string? presentedKey, CancellationToken cancellationToken = default)
    {
        if (!ApiKeySecrets.TryParse(presentedKey, out var id, out var hash))
        {
            return null;
        }

        await StartAsync(cancellationToken).ConfigureAwait(false);
        var (record, stored) = _readers.Read(session => session.Read(connection =>
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT {Columns}, hash FROM api_keys WHERE id = $id;";
            select.Parameters.AddWithValue("$id", id);
            using var reader = select.ExecuteReader();
            return reader.Read() ? (Read(reader), reader.GetFieldValue<byte[]>(5)) : (null, []);
        }));
        return record is { RevokedAt: null } && ApiKeySecrets.Matches(hash, stored) ? record : null;
    }

    /// <inheritdoc />
    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var now = _time.GetUtcNow();
        return await _writer.RunAsync(
            session => session.Write(connection =>
            {
                using var update = connection.CreateCommand();
                update.CommandText = "UPDATE api_keys SET revoked_at = $at WHERE id = $id AND revoked_at IS NULL;";
                update.Parameters.AddWithValue("$at", SqliteValues.Instant(now));
                update.Parameters.AddWithValue("$id", id);
                return update.ExecuteNonQuery() == 1;
            }),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default)
    {
        await StartAsync(cancellationToken).ConfigureAwait(false);
        return _readers.Read(session => session.Read(connection =>
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT {Columns} FROM api_keys ORDER BY created_at, rowid;";
            using var reader = select.ExecuteReader();
            var keys = new List<ApiKey>();
            while (reader.Read())
            {
                keys.Add(Read(reader));
            }

            return keys;
        }));
    }

    /// <summary>Closes every connection; later calls throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        _disposed = true;
        _writer.Dispose();
        _readers.Close();
    }

    private Task StartAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _writer.EnsureStartedAsync(cancellationToken);
    }

    private static ApiKey Read(SqliteDataReader row) => new(
        row.GetString(0),
        row.GetString(1),
        row.IsDBNull(2) ? null : row.GetString(2),
        SqliteValues.ParseInstant(row.GetString(3)),
        row.IsDBNull(4) ? null : SqliteValues.ParseInstant(row.GetString(4)));
}
