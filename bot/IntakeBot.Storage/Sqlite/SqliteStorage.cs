using IntakeBot.Dialogs.State;
using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Sqlite;

/// <summary>
/// Durable <see cref="IStorage"/> in one SQLite file (WAL journal), safe for concurrent use from many threads and
/// from several processes sharing the file.
/// </summary>
/// <remarks>
/// Writes go through one writer connection, one at a time, each in a <c>BEGIN IMMEDIATE</c> transaction that checks
/// every eTag and writes every item, or rolls back and throws <see cref="ETagConflictException"/>. Reads use a small
/// pool of reader connections and never wait for a write in progress. The tables are created or migrated on first use.
/// </remarks>
public sealed class SqliteStorage : IStorage, IDisposable
{
    private static readonly IReadOnlyDictionary<string, string> NoETags = new Dictionary<string, string>();
    private readonly SqliteConnectionFactory _connections;
    private readonly SqliteETags _etags = new();
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SqliteReaderPool _readers;
    private SqliteWriteSession? _writer;
    private volatile bool _started;
    private volatile bool _disposed;

    /// <summary>Creates the store. The file is opened, and the tables created, on first use.</summary>
    /// <exception cref="ArgumentException">The options name no file, or both a path and a connection string.</exception>
    public SqliteStorage(SqliteStorageOptions options)
    {
        _connections = new SqliteConnectionFactory(options);
        _readers = new SqliteReaderPool(_connections);
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The file cannot be opened or is not a SQLite database; the message names it.</exception>
    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        StorageKeys.Validate(keys);
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _started ? Task.FromResult(Read(keys)) : StartThenReadAsync(keys, cancellationToken);
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The file cannot be opened or written; the message names it.</exception>
    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, item) in changes)
        {
            StorageKeys.Validate(key, nameof(changes));
            ArgumentNullException.ThrowIfNull(item, nameof(changes));
        }

        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (changes.Count == 0)
        {
            return NoETags;
        }

        return await WithWriterAsync(writer => writer.Write(changes), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The file cannot be opened or written; the message names it.</exception>
    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        StorageKeys.Validate(keys);
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (keys.Count == 0)
        {
            return;
        }

        await WithWriterAsync(
            writer =>
            {
                writer.Delete(keys);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    // One write at a time on the single writer connection; a failed connection is dropped and reopened next time.
    private async Task<T> WithWriterAsync<T>(Func<SqliteWriteSession, T> work, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var writer = Writer();
            try
            {
                return work(writer);
            }
            catch (SqliteException error)
            {
                DropWriter();
                throw SqliteStorageErrors.Describe(error, _connections.DataSource);
            }
            finally
            {
                DropWriterIfBroken();
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Closes every connection. Writes in progress finish first; later calls throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _writeGate.Wait();
        try
        {
            _disposed = true;
            DropWriter();
            _readers.Close();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private async Task<IReadOnlyDictionary<string, StoreItem>> StartThenReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Writer();
        }
        finally
        {
            _writeGate.Release();
        }

        return Read(keys);
    }

    private IReadOnlyDictionary<string, StoreItem> Read(IReadOnlyCollection<string> keys)
    {
        var found = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return found;
        }

        SqliteReadSession? session = null;
        try
        {
            session = _readers.Rent();
            session.ReadInto(keys, found);
        }
        catch (SqliteException error)
        {
            session?.Dispose();
            throw SqliteStorageErrors.Describe(error, _connections.DataSource);
        }
        catch
        {
            session?.Dispose();
            throw;
        }

        _readers.Return(session);
        return found;
    }

    /// <summary>The writer, opened (and the schema brought up to date) on first use. Call only inside the write gate.</summary>
    private SqliteWriteSession Writer()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_writer is { } writer)
        {
            return writer;
        }

        SqliteConnection? connection = null;
        try
        {
            connection = _connections.Open();
            SqliteSchema.EnsureCurrent(connection, _connections.DataSource);
            _writer = new SqliteWriteSession(connection, _etags);
            _started = true;
            return _writer;
        }
        catch (SqliteException error)
        {
            connection?.Dispose();
            throw SqliteStorageErrors.Describe(error, _connections.DataSource);
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }

    private void DropWriter()
    {
        _writer?.Dispose();
        _writer = null;
    }

    private void DropWriterIfBroken()
    {
        if (_writer is { Broken: true })
        {
            DropWriter();
        }
    }
}
