namespace IntakeBot.Storage.Postgres;

/// <summary>
/// The Data Protection key ring's XML elements in PostgreSQL (table <c>dataprotection_keys</c>), so that every bot
/// instance on the database reads and writes one key ring. Elements are stored as given: when a certificate is
/// configured, Data Protection has encrypted the key material before it gets here.
/// </summary>
public sealed class PostgresDataProtectionKeys
{
    private readonly PostgresDatabase _database;

    /// <summary>Creates the key store on <paramref name="database"/>; the table is created on first use.</summary>
    public PostgresDataProtectionKeys(PostgresDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>Every stored element, oldest first.</summary>
    /// <exception cref="InvalidOperationException">The database cannot be reached; the message names it.</exception>
    public async Task<IReadOnlyList<string>> ReadAllAsync(CancellationToken cancellationToken = default) =>
        await _database.RunAsync(
            PostgresDataProtectionSchema.Migrations,
            (connection, token) => PostgresCommands.ListAsync(connection, "SELECT xml FROM dataprotection_keys ORDER BY id;", row => PostgresCommands.Text(row, 0), token),
            cancellationToken).ConfigureAwait(false);

    /// <summary>Adds one element (Data Protection never changes or deletes one; revocations are new elements).</summary>
    /// <exception cref="InvalidOperationException">The database cannot be reached; the message names it.</exception>
    public Task StoreAsync(string? friendlyName, string xml, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(xml);
        return _database.RunAsync(
            PostgresDataProtectionSchema.Migrations,
            (connection, token) => PostgresCommands.ExecuteAsync(
                connection, "INSERT INTO dataprotection_keys (friendly_name, xml) VALUES (@name, @xml);", token, ("name", friendlyName), ("xml", xml)),
            cancellationToken);
    }
}
