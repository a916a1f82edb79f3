using IntakeBot.Intake.Cases;

namespace IntakeBot.Storage.Sqlite;

/// <summary>
/// <see cref="ICaseStore"/> in a SQLite file (WAL), normally the same file as the conversation state. Creating and
/// withdrawing a case write the case and its outbox event in one transaction.
/// </summary>
/// <remarks>
/// Writes go through the file's writer connection (group commit, see <see cref="SqliteFileWriter"/>); reads use pooled reader
/// connections. The tables are created or migrated on first use, together with the state store's.
/// </remarks>
public sealed class SqliteCaseStore : ICaseStore, IDisposable
{
    private readonly SqliteWriter<SqliteSession> _writer;
    private readonly SqliteReaderPool<SqliteSession> _readers;
    private readonly SqliteCaseRows _rows;
    private volatile bool _disposed;

    /// <summary>Creates the store. The file is opened, and the tables created, on first use.</summary>
    /// <param name="options">The database file.</param>
    /// <param name="protector">Protects the fields JSON (names, addresses, what happened) before it is written.</param>
    /// <exception cref="ArgumentException">The options name no file, or both a path and a connection string.</exception>
    public SqliteCaseStore(SqliteStorageOptions options, IPersonalDataProtector protector)
        : this(new SqliteConnectionFactory(options), null, protector)
    {
    }

    /// <summary>Creates the store on <paramref name="database"/>, writing through its shared writer.</summary>
    /// <param name="database">The database file and its writer.</param>
    /// <param name="protector">Protects the fields JSON (names, addresses, what happened) before it is written.</param>
    public SqliteCaseStore(SqliteDatabase database, IPersonalDataProtector protector)
        : this((database ?? throw new ArgumentNullException(nameof(database))).Connections, database.Writer, protector)
    {
    }

    private SqliteCaseStore(SqliteConnectionFactory connections, SqliteFileWriter? shared, IPersonalDataProtector protector)
    {
        ArgumentNullException.ThrowIfNull(protector);
        _rows = new SqliteCaseRows(protector);
        _writer = new SqliteWriter<SqliteSession>(shared ?? new SqliteFileWriter(connections), shared is null, connection => new SqliteSession(connection), this);
        _readers = new SqliteReaderPool<SqliteSession>(connections, connection => new SqliteSession(connection));
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The reference is not a case reference, or a required value is missing.</exception>
    /// <exception cref="InvalidOperationException">The file cannot be opened or written; the message names it.</exception>
    public async Task CreateAsync(IntakeCase intakeCase, CancellationToken cancellationToken = default)
    {
        var stored = IntakeCaseValidation.ForStorage(intakeCase);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var created = await _writer.RunAsync(session => session.Write(connection => _rows.Insert(connection, stored)), cancellationToken).ConfigureAwait(false);
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

        await StartAsync(cancellationToken).ConfigureAwait(false);
        return _readers.Read(session => session.Read(connection => _rows.Get(connection, canonical)));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<IntakeCase>> FindByConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        await StartAsync(cancellationToken).ConfigureAwait(false);
        return _readers.Read(session => session.Read(connection => _rows.FindByConversation(connection, conversationId)));
    }

    /// <inheritdoc />
    public async Task<bool> WithdrawAsync(string reference, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        if (CaseReference.Normalize(reference) is not { } canonical)
        {
            return false;
        }

        ObjectDisposedException.ThrowIf(_disposed, this);
        return await _writer.RunAsync(session => session.Write(connection => _rows.Withdraw(connection, canonical, at)), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CaseEvent>> PendingEventsAsync(int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        await StartAsync(cancellationToken).ConfigureAwait(false);
        return _readers.Read(session => session.Read(connection => _rows.PendingEvents(connection, max)));
    }

    /// <inheritdoc />
    public async Task MarkDeliveredAsync(long eventId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writer.RunAsync(
            session => session.Write(connection =>
            {
                _rows.MarkDelivered(connection, eventId, at);
                return true;
            }),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes every connection. Writes in progress finish first; later calls throw <see cref="ObjectDisposedException"/>.</summary>
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
}
