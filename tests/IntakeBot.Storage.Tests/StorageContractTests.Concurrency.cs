using System.Globalization;
using System.Text.Json;
using IntakeBot.Dialogs.State;

namespace IntakeBot.Storage.Tests;

public abstract partial class StorageContractTests
{
    private const int Workers = 8;
    private const int IncrementsPerWorker = 25;

    [Fact]
    public async Task ConcurrentReadModifyWrite_WithRetryOnConflict_LosesNoUpdate()
    {
        await Docs.CreateAsync(Storage, "teller", "{\"n\":0}");
        using var start = new ManualResetEventSlim();

        var workers = Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            for (var i = 0; i < IncrementsPerWorker; i++)
            {
                await IncrementAsync(Storage, "teller");
            }
        })).ToArray();
        start.Set();
        await Task.WhenAll(workers);

        Assert.Equal(Workers * IncrementsPerWorker, await ReadCountAsync(Storage, "teller"));
    }

    [Fact]
    public async Task ConcurrentCreates_OfOneKey_ExactlyOneWins()
    {
        using var start = new ManualResetEventSlim();

        var attempts = Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            start.Wait();
            try
            {
                await Docs.CreateAsync(Storage, "eerste", $"{{\"n\":{worker}}}");
                return worker;
            }
            catch (ETagConflictException)
            {
                return -1;
            }
        })).ToArray();
        start.Set();
        var winners = (await Task.WhenAll(attempts)).Where(worker => worker >= 0).ToArray();

        var winner = Assert.Single(winners);
        Assert.Equal(winner, await ReadCountAsync(Storage, "eerste"));
    }

    /// <summary>The read-modify-write loop a turn runs: read, change, write with the eTag read, and retry on conflict.</summary>
    protected static async Task IncrementAsync(IStorage storage, string key)
    {
        while (true)
        {
            var item = (await storage.ReadAsync([key]))[key];
            var next = Count(item) + 1;
            try
            {
                await storage.WriteAsync(Docs.Changes((key, Docs.Json(string.Create(CultureInfo.InvariantCulture, $"{{\"n\":{next}}}")), item.ETag)));
                return;
            }
            catch (ETagConflictException)
            {
                // Someone else wrote first: read their value and try again.
            }
        }
    }

    protected static async Task<int> ReadCountAsync(IStorage storage, string key) => Count((await storage.ReadAsync([key]))[key]);

    private static int Count(StoreItem item)
    {
        using var document = JsonDocument.Parse(item.Json);
        return document.RootElement.GetProperty("n").GetInt32();
    }
}
