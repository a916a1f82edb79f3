using IntakeBot.Storage.ApiKeys;
using IntakeBot.Storage.Sqlite;
using Npgsql;

namespace IntakeBot.Storage.Postgres;

/// <summary><see cref="IApiKeyStore"/> in PostgreSQL (table <c>api_keys</c>, as in SQLite): only the hash of each secret is stored.</summary>
public sealed class PostgresApiKeyStore : IApiKeyStore
{
    private const string Columns = "id, organisation_id, name, created_at, revoked_at";
    private readonly PostgresDatabase _database;
    private readonly TimeProvider _time;

    /// <summary>Creates the store on <paramref name="database"/>; the tables are created on first use.</summary>
    public PostgresApiKeyStore(PostgresDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
    }

    /// <inheritdoc />
    public async Task<CreatedApiKey> CreateAsync(string organisationId, string? name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(organisationId);
        name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        if (name?.Length > SqliteApiKeyStore.MaxNameLength)
        {
            throw new ArgumentException($"The name may be at most {SqliteApiKeyStore.MaxNameLength} characters.", nameof(name));
        }

        var record = new ApiKey(ApiKeySecrets.NewId(), organisationId, name, _time.GetUtcNow(), null);
        var (key, hash) = ApiKeySecrets.NewKey(record.Id);
        await _database.RunAsync(
            PostgresSchema.Migrations,
            (connection, token) => PostgresCommands.ExecuteAsync(
                connection,
                "INSERT INTO api_keys (id, organisation_id, name, hash, created_at) VALUES (@id, @organisation, @name, @hash, @created);",
                token,
                ("id", record.Id),
                ("organisation", record.OrganisationId),
                ("name", record.Name),
                ("hash", hash),
                ("created", SqliteValues.Instant(record.CreatedAt))),
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

        var found = await _database.RunAsync(
            PostgresSchema.Migrations,
            (connection, token) => PostgresCommands.ListAsync(connection, $"SELECT {Columns}, hash FROM api_keys WHERE id = @id;", row => (Key: Read(row), Hash: row.GetFieldValue<byte[]>(5)), token, ("id", id)),
            cancellationToken).ConfigureAwait(false);
        return found is [{ Key.RevokedAt: null } row] && ApiKeySecrets.Matches(hash, row.Hash) ? row.Key : null;
    }

    /// <inheritdoc />
    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var now = _time.GetUtcNow();
        var revoked = await _database.RunAsync(
            PostgresSchema.Migrations,
            (connection, token) => PostgresCommands.ExecuteAsync(
                connection, "UPDATE api_keys SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL;", token, ("at", SqliteValues.Instant(now)), ("id", id)),
            cancellationToken).ConfigureAwait(false);
        return revoked == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default) =>
        await _database.RunAsync(
            PostgresSchema.Migrations,
            // COLLATE "C": the instants are compared as text, as SQLite does, whatever the database's locale.
            (connection, token) => PostgresCommands.ListAsync(connection, $"SELECT {Columns} FROM api_keys ORDER BY created_at COLLATE \"C\", rowid;", Read, token),
            cancellationToken).ConfigureAwait(false);

    private static ApiKey Read(NpgsqlDataReader row) => new(
        PostgresCommands.Text(row, 0),
        PostgresCommands.Text(row, 1),
        PostgresCommands.TextOrNull(row, 2),
        SqliteValues.ParseInstant(row.GetString(3)),
        row.IsDBNull(4) ? null : SqliteValues.ParseInstant(row.GetString(4)));
}
