using IntakeBot.Casework.Transcripts;
using IntakeBot.Dialogs.State;
using IntakeBot.Intake.Cases;
using IntakeBot.Storage.Casework;
using IntakeBot.Storage.DirectLine;
using IntakeBot.Storage.Sqlite;

namespace IntakeBot.Storage.Tests.Sqlite;

/// <summary>Stores built on one <see cref="SqliteDatabase"/> write through its one writer and never contend for the file's lock.</summary>
public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intakebot-database-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task StoresOnOneDatabase_WriteConcurrently_WithoutWaitingForTheFileLock()
    {
        // No busy timeout: stores with writers of their own would fail with "database is locked" under this load.
        var options = new SqliteStorageOptions { Path = Path.Combine(_folder, "shared.db"), BusyTimeout = TimeSpan.Zero };
        var now = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
        using var database = new SqliteDatabase(options);
        using var state = new SqliteStorage(database);
        using var log = new SqliteDirectLineStore(database);
        using var casework = CaseworkDatabase.Sqlite(database);
        var transcripts = new SqlTranscriptStore(casework, PlaintextProtector.Instance);
        const int Conversations = 60;
        for (var i = 0; i < Conversations; i++)
        {
            await log.CreateConversationAsync($"c{i}", "u", now);
        }

        var turns = Enumerable.Range(0, Conversations).Select(i => Task.Run(async () =>
        {
            var id = $"c{i}";
            for (var turn = 0; turn < 5; turn++)
            {
                await log.AppendAsync(id, [new DirectLineEntry("message", (sequence, _) => $"{{\"n\":{sequence}}}")], now);
                await transcripts.AppendAsync(new TranscriptEntry(id, 0, now, TranscriptDirection.Incoming, "{}"));
                await state.WriteAsync(new Dictionary<string, StoreItem> { [id] = new StoreItem("{}"u8.ToArray(), StoreItem.AnyETag) });
            }
        }));
        await Task.WhenAll(turns);

        for (var i = 0; i < Conversations; i++)
        {
            Assert.Equal(Enumerable.Range(1, 5).Select(n => (long)n), (await log.ReadAsync($"c{i}", 0, 100)).Select(record => record.Sequence));
            Assert.Equal(5, (await transcripts.GetAsync($"c{i}")).Count);
        }

        Assert.Equal(Conversations, (await state.ReadAsync([.. Enumerable.Range(0, Conversations).Select(i => $"c{i}")])).Count);
    }
}
