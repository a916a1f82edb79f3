using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Tests.Sqlite;

/// <summary>
/// The shared SQLite writer with group commit: order, one failing request in a batch, a failing commit, cancellation
/// while queued, and the flush on dispose. A "gate" request holds the writer loop so that the requests queued behind
/// it run as one batch.
/// </summary>
public sealed class SqliteFileWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intakebot-writer-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Requests_CommitInTheOrderTheyWereQueued_AndCallersSeeTheirRowCommitted()
    {
        using var harness = Harness();
        using var gate = harness.Hold();
        await gate.Started;
        var writes = Enumerable.Range(1, 300).Select(n => harness.InsertAsync(n)).ToList();
        gate.Release();

        foreach (var (write, n) in writes.Select((write, i) => (write, i + 1)))
        {
            await write;
            // Completed means committed: another connection sees the row.
            Assert.Equal(1L, harness.Scalar($"SELECT count(*) FROM items WHERE n = {n};"));
        }

        Assert.Equal(Enumerable.Range(1, 300).Select(n => (long)n), harness.Column("SELECT n FROM items ORDER BY id;"));
    }

    [Fact]
    public async Task AFailingRequest_IsRolledBackAlone_AndTheOthersInItsBatchCommit()
    {
        using var harness = Harness();
        using var gate = harness.Hold();
        await gate.Started;
        var first = harness.InsertAsync(1);
        var failing = harness.Writer.RunAsync<int>(
            session => session.Write<int>(connection =>
            {
                Insert(connection, 2);
                throw new InvalidDataException("the second request fails after its insert");
            }),
            CancellationToken.None);
        var third = harness.InsertAsync(3);
        gate.Release();

        await first;
        await third;
        await Assert.ThrowsAsync<InvalidDataException>(() => failing);
        Assert.Equal([1L, 3L], harness.Column("SELECT n FROM items ORDER BY id;"));
    }

    [Fact]
    public async Task AFailingCommit_FailsEveryCallerOfTheBatch_AndTheWriterGoesOn()
    {
        using var harness = Harness(foreignKeys: true);
        using var gate = harness.Hold();
        await gate.Started;
        var fine = harness.InsertAsync(1);
        // A deferred foreign key is checked at COMMIT: this request's own savepoint succeeds, the commit fails.
        var orphan = harness.Writer.RunAsync(
            session => session.Write(connection => Execute(connection, "INSERT INTO children (parent) VALUES (42);")),
            CancellationToken.None);
        gate.Release();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => fine);
        Assert.Contains(harness.Path, error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => orphan);
        Assert.Equal(0L, harness.Scalar("SELECT count(*) FROM items;"));

        await harness.InsertAsync(2);
        Assert.Equal([2L], harness.Column("SELECT n FROM items;"));
    }

    [Fact]
    public async Task CancellingAQueuedRequest_CancelsItsCaller_AndItsWorkNeverRuns()
    {
        using var harness = Harness();
        using var gate = harness.Hold();
        await gate.Started;
        using var cancel = new CancellationTokenSource();
        var cancelled = harness.InsertAsync(1, cancel.Token);
        var kept = harness.InsertAsync(2);
        await cancel.CancelAsync();
        gate.Release();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        await kept;
        Assert.Equal([2L], harness.Column("SELECT n FROM items;"));
    }

    [Fact]
    public async Task Dispose_WritesEverythingQueued_ThenRefusesNewWork()
    {
        var harness = Harness();
        var gate = harness.Hold();
        await gate.Started;
        var queued = Enumerable.Range(1, 20).Select(n => harness.InsertAsync(n)).ToList();
        var disposing = Task.Run(harness.Dispose);
        gate.Release();
        await disposing;

        await Task.WhenAll(queued);
        Assert.Equal(20L, harness.Scalar("SELECT count(*) FROM items;"));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => harness.InsertAsync(21));
        gate.Dispose();
    }

    private static void Insert(SqliteConnection connection, int n) => Execute(connection, $"INSERT INTO items (n) VALUES ({n});");

    private static int Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    private WriterHarness Harness(bool foreignKeys = false) => new(Path.Combine(_folder, "writer.db"), foreignKeys);
}
