using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using IntakeBot.Dialogs.State;
using IntakeBot.Storage.Sqlite;

namespace IntakeBot.Benchmarks;

/// <summary>One turn's storage work: read the conversation's state, then write it back with the eTag read (~1.5 KB of JSON).</summary>
[MemoryDiagnoser]
public class StorageBenchmarks
{
    private const string Key = "webchat/gesprek-0001";
    private static readonly string[] Keys = [Key];
    private readonly byte[] _document = Document();
    private MemoryStorage _memory = null!;
    private SqliteStorage _sqlite = null!;
    private SqliteStorage _sqliteFull = null!;
    private string _folder = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _folder = Directory.CreateTempSubdirectory("intakebot-bench-").FullName;
        _memory = new MemoryStorage();
        _sqlite = new SqliteStorage(new SqliteStorageOptions { Path = Path.Combine(_folder, "normal.db") });
        _sqliteFull = new SqliteStorage(new SqliteStorageOptions { Path = Path.Combine(_folder, "full.db"), Synchronous = SqliteSynchronousMode.Full });
        foreach (IStorage storage in new IStorage[] { _memory, _sqlite, _sqliteFull })
        {
            await storage.WriteAsync(new Dictionary<string, StoreItem> { [Key] = new(_document, StoreItem.AnyETag) });
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sqlite.Dispose();
        _sqliteFull.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public Task<string> MemoryTurn() => TurnAsync(_memory);

    /// <summary>WAL with synchronous=NORMAL (the default): survives a process crash.</summary>
    [Benchmark]
    public Task<string> SqliteTurn() => TurnAsync(_sqlite);

    /// <summary>WAL with synchronous=FULL: an fsync per commit, survives power loss.</summary>
    [Benchmark]
    public Task<string> SqliteFullSyncTurn() => TurnAsync(_sqliteFull);

    private async Task<string> TurnAsync(IStorage storage)
    {
        var item = (await storage.ReadAsync(Keys))[Key];
        var etags = await storage.WriteAsync(new Dictionary<string, StoreItem>(1) { [Key] = new(_document, item.ETag) });
        return etags[Key];
    }

    private static byte[] Document()
    {
        var steps = Enumerable.Range(0, 15).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"{{\"id\":\"intakeStap{i}\",\"state\":{{\"stepIndex\":{i},\"values\":{{\"naam\":\"Sanne de Vries\",\"rol\":\"jongere\"}}}}}}"));
        return Encoding.UTF8.GetBytes($"{{\"dialogStack\":[{string.Join(',', steps)}],\"taal\":\"nl-NL\"}}");
    }
}
