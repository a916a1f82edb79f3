using IntakeBot.Storage.DirectLine;

namespace IntakeBot.Storage.Tests.DirectLine;

/// <summary>
/// What every database-backed <see cref="IDirectLineStore"/> (SQLite, PostgreSQL) must show beyond the common contract:
/// the log outlives a restart, and instances in several processes keep one gap-free, ordered log per conversation.
/// </summary>
public abstract class DatabaseDirectLineStoreContractTests : DirectLineStoreContractTests
{
    /// <summary>Another store on the same database, as another process would open it. The subclass disposes it.</summary>
    protected abstract IDirectLineStore OpenAnother();

    [Fact]
    public async Task Reopen_AfterARestart_KeepsTheLog()
    {
        await Store.CreateConversationAsync("c1", "u1", Start);
        await Store.AppendAsync("c1", [Entry("message"), Entry("message")], Start);
        (Store as IDisposable)?.Dispose();

        var reopened = OpenAnother();
        var appended = await reopened.AppendAsync("c1", [Entry("message")], Start);

        Assert.Equal(3, appended.Single().Sequence);
        Assert.Equal(3, (await reopened.ReadAsync("c1", 0, 10)).Count);
    }

    [Fact]
    public async Task TwoStores_LikeTwoProcesses_AppendingToOneConversation_KeepOneGapFreeOrderedLog()
    {
        var stores = new[] { Store, OpenAnother() };
        await Store.CreateConversationAsync("gedeeld", "u1", Start);
        using var start = new ManualResetEventSlim();

        var writers = Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            start.Wait();
            var mine = new List<DirectLineRecord>();
            for (var i = 0; i < 10; i++)
            {
                mine.AddRange(await stores[writer % 2].AppendAsync("gedeeld", [Entry("message"), Entry("typing")], Start.AddSeconds(i)));
            }

            return mine;
        })).ToArray();
        start.Set();
        var appended = (await Task.WhenAll(writers)).SelectMany(records => records).ToList();

        var log = await stores[1].ReadAsync("gedeeld", 0, 1000);
        Assert.Equal(Enumerable.Range(1, 160).Select(i => (long)i), log.Select(record => record.Sequence));
        Assert.Equal(log.Select(record => record.Json), appended.OrderBy(record => record.Sequence).Select(record => record.Json));
        var stamps = log.Select(record => DateTimeOffset.Parse(record.Json[(record.Json.IndexOf('@', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.All(stamps.Zip(stamps.Skip(1)), pair => Assert.True(pair.Second > pair.First, $"{pair.Second:O} is not after {pair.First:O}"));
        Assert.Equal(160, (await Store.GetConversationAsync("gedeeld"))!.LastSequence);
    }
}
