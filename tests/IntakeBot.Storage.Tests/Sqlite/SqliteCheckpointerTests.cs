using IntakeBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace IntakeBot.Storage.Tests.Sqlite;

/// <summary>
/// The write-ahead log is copied back into the database file by the checkpointer's own thread, not inside the
/// writer's commits: the file receives the pages although the log is far below any automatic threshold; the writer
/// keeps a higher threshold of its own as the safety net; and disposing leaves no log behind.
/// </summary>
public sealed class SqliteCheckpointerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intakebot-checkpoint-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Committed_pages_reach_the_database_file_without_the_writer_checkpointing()
    {
        using var harness = new WriterHarness(Path.Combine(_folder, "copied.db"), foreignKeys: false);
        await harness.InsertAsync(0);
        var before = new FileInfo(harness.Path).Length;

        // About 200 pages of 4 KB: far below SQLite's own threshold of 1,000 pages, so only the checkpointer copies them.
        for (var round = 0; round < 20; round++)
        {
            await harness.Writer.RunAsync(
                session => session.Write(connection =>
                {
                    for (var i = 0; i < 10; i++)
                    {
                        using var command = connection.CreateCommand();
                        command.CommandText = "INSERT INTO items (n) VALUES (length(randomblob(3000)) + $i);";
                        command.Parameters.AddWithValue("$i", i);
                        command.ExecuteNonQuery();
                    }

                    using var pad = connection.CreateCommand();
                    pad.CommandText = "CREATE TABLE IF NOT EXISTS blobs (b BLOB); INSERT INTO blobs (b) SELECT randomblob(3000) FROM (SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10);";
                    return pad.ExecuteNonQuery();
                }),
                CancellationToken.None);
        }

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (new FileInfo(harness.Path).Length < before + (150 * 4096) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.True(new FileInfo(harness.Path).Length >= before + (150 * 4096), $"The database file stayed at {new FileInfo(harness.Path).Length} bytes (was {before}).");
        Assert.Equal(200L, harness.Scalar("SELECT count(*) FROM blobs;"));
    }

    [Fact]
    public async Task The_writer_checkpoints_itself_only_past_its_higher_threshold()
    {
        using var harness = new WriterHarness(Path.Combine(_folder, "threshold.db"), foreignKeys: false);

        var threshold = await harness.Writer.RunAsync(
            session => session.Write(connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA wal_autocheckpoint;";
                return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            }),
            CancellationToken.None);

        Assert.Equal(SqliteCheckpointer.WriterThreshold, threshold);
        Assert.True(threshold > 1_000);
    }

    [Fact]
    public async Task Disposing_closes_the_checkpointers_connection_so_no_log_is_left()
    {
        var path = Path.Combine(_folder, "closed.db");
        var harness = new WriterHarness(path, foreignKeys: false);
        for (var n = 0; n < 50; n++)
        {
            await harness.InsertAsync(n);
        }

        harness.Dispose();

        // The last connection to close checkpoints and deletes the log; a connection left open would keep it.
        Assert.False(File.Exists(path + "-wal"), "The -wal file is still there: a connection was left open.");
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM items;";
        Assert.Equal(50L, count.ExecuteScalar());
    }
}
