using IntakeBot.Intake.Cases;

namespace IntakeBot.Storage.Postgres;

/// <summary>
/// <see cref="ICaseStore"/> in PostgreSQL, with the tables and columns of the SQLite store. Creating and withdrawing a
/// case write the case and its outbox event in one transaction. The fields are stored protected by
/// <see cref="IPersonalDataProtector"/>.
/// </summary>
public sealed class PostgresCaseStore : ICaseStore
{
    private readonly PostgresDatabase _database;
    private readonly PostgresCaseRows _rows;

    /// <summary>Creates the store on <paramref name="database"/>; the tables are created on first use.</summary>
    public PostgresCaseStore(PostgresDatabase database, IPersonalDataProtector protector)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(protector);
        _database = database;
        _rows = new PostgresCaseRows(protector);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The reference is not a case reference, or a required value is missing.</exception>
    /// <exception cref="InvalidOperationException">The database cannot be reached or written; the message names it.</exception>
    public async Task CreateAsync(IntakeCase intakeCase, CancellationToken cancellationToken = default)
    {
        var stored = IntakeCaseValidation.ForStorage(intakeCase);
        var created = await _database.InTransactionAsync(PostgresSchema.Migrations, (connection, token) => _rows.InsertAsync(connection, stored, token), cancellationToken).ConfigureAwait(false);
        if (!created)
        {
            throw new DuplicateCaseReferenceException(stored.Reference);
        }
    }

    /// <inheritdoc />
    public async Task<IntakeCase?> GetAsync(string reference, CancellationToken cancellationToken = default)
    {
        if (CaseReference.Normalize(reference) is not { } canonical)
        {
            return null;
        }

        return await _database.RunAsync(PostgresSchema.Migrations, (connection, token) => _rows.GetAsync(connection, canonical, token), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<IntakeCase>> FindByConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return _database.RunAsync(PostgresSchema.Migrations, (connection, token) => _rows.FindByConversationAsync(connection, conversationId, token), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> WithdrawAsync(string reference, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        if (CaseReference.Normalize(reference) is not { } canonical)
        {
            return false;
        }

        return await _database.InTransactionAsync(PostgresSchema.Migrations, (connection, token) => PostgresCaseRows.WithdrawAsync(connection, canonical, at, token), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CaseEvent>> PendingEventsAsync(int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        return _database.RunAsync(PostgresSchema.Migrations, (connection, token) => PostgresCaseRows.PendingEventsAsync(connection, max, token), cancellationToken);
    }

    /// <inheritdoc />
    public Task MarkDeliveredAsync(long eventId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        _database.RunAsync(PostgresSchema.Migrations, (connection, token) => PostgresCaseRows.MarkDeliveredAsync(connection, eventId, at, token), cancellationToken);
}
