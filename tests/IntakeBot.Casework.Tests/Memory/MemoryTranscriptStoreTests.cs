using IntakeBot.Casework.Memory;
using IntakeBot.Casework.Transcripts;
using IntakeBot.Intake.Cases;
using IntakeBot.Testing.Cases;

namespace IntakeBot.Casework.Tests.Memory;

public sealed class MemoryTranscriptStoreTests
{
    private static readonly DateTimeOffset At = SampleCases.Start;

    [Fact]
    public async Task Append_NumbersPerConversation_AndGetReturnsInOrder()
    {
        var store = new MemoryTranscriptStore();

        Assert.Equal(1, await store.AppendAsync(Entry("a", "hallo")));
        Assert.Equal(1, await store.AppendAsync(Entry("b", "hoi")));
        Assert.Equal(2, await store.AppendAsync(Entry("a", "doei", TranscriptDirection.Outgoing)));

        var entries = await store.GetAsync("a");
        Assert.Equal([1L, 2L], entries.Select(e => e.Sequence));
        Assert.Equal([TranscriptDirection.Incoming, TranscriptDirection.Outgoing], entries.Select(e => e.Direction));
        Assert.Empty(await store.GetAsync("onbekend"));
    }

    [Fact]
    public async Task ConcurrentAppends_ToOneConversation_GetConsecutiveNumbers()
    {
        var store = new MemoryTranscriptStore();

        var numbers = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => store.AppendAsync(Entry("a", i.ToString(System.Globalization.CultureInfo.InvariantCulture))))));

        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), numbers.Order());
        Assert.Equal(200, (await store.GetAsync("a")).Select(e => e.ActivityJson).Distinct().Count());
    }

    [Fact]
    public async Task Delete_ReturnsTheCount_AndAbandonedSkipsConversationsWithACase()
    {
        var cases = new MemoryCaseStore();
        var store = new MemoryTranscriptStore(cases);
        var withCase = new SampleCases().Next(conversationId: "met-zaak");
        await cases.CreateAsync(withCase);
        await store.AppendAsync(Entry("met-zaak", "x"));
        await store.AppendAsync(Entry("zonder", "x"));
        await store.AppendAsync(Entry("zonder", "y") with { At = At.AddHours(1) });
        await store.AppendAsync(Entry("recent", "x") with { At = At.AddDays(5) });

        Assert.Equal(["zonder"], await store.AbandonedBeforeAsync(At.AddDays(1), 10));
        Assert.Empty(await store.AbandonedBeforeAsync(At.AddDays(1), 0));
        Assert.Equal(2, await store.DeleteAsync("zonder"));
        Assert.Equal(0, await store.DeleteAsync("zonder"));
    }

    [Fact]
    public async Task BadEntries_AreRejected()
    {
        var store = new MemoryTranscriptStore();

        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAsync(Entry(string.Empty, "x")));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAsync(Entry(new string('c', 300), "x")));
        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendAsync(Entry("a", "x") with { Direction = (TranscriptDirection)7 }));
    }

    private static TranscriptEntry Entry(string conversationId, string text, TranscriptDirection direction = TranscriptDirection.Incoming) =>
        new(conversationId, 0, At, direction, $$"""{"type":"message","text":"{{text}}"}""");
}
