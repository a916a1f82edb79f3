using System.Globalization;
using IntakeBot.Storage.DirectLine;

namespace IntakeBot.Storage.Tests.DirectLine;

/// <summary>The behaviour every <see cref="IDirectLineStore"/> must have; run for memory and SQLite.</summary>
public abstract class DirectLineStoreContractTests : IAsyncLifetime
{
    protected static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private IDirectLineStore? _store;

    protected IDirectLineStore Store => _store ??= CreateStore();

    protected abstract IDirectLineStore CreateStore();

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        (_store as IDisposable)?.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Create_IsOnce_AndTheConversationStartsEmpty()
    {
        Assert.True(await Store.CreateConversationAsync("c1", "u1", Start));
        Assert.False(await Store.CreateConversationAsync("c1", "u2", Start));

        var conversation = await Store.GetConversationAsync("c1");

        Assert.Equal(new DirectLineConversation("c1", "u1", Start, Start, 0, false), conversation);
        Assert.Null(await Store.GetConversationAsync("c2"));
    }

    [Fact]
    public async Task Append_AssignsGapFreeSequences_AndIncreasingTimestamps()
    {
        await Store.CreateConversationAsync("c1", "u1", Start);

        var first = await Store.AppendAsync("c1", [Entry("message"), Entry("typing")], Start);
        var second = await Store.AppendAsync("c1", [Entry("message")], Start);

        Assert.Equal([1L, 2L, 3L], first.Concat(second).Select(record => record.Sequence));
        Assert.Equal("1@2026-11-22T09:00:00.000Z", first[0].Json);
        Assert.Equal("2@2026-11-22T09:00:00.001Z", first[1].Json);
        Assert.Equal("3@2026-11-22T09:00:00.002Z", second[0].Json);
        var conversation = await Store.GetConversationAsync("c1");
        Assert.Equal(3, conversation!.LastSequence);
        Assert.Equal(Start.AddMilliseconds(2), conversation.LastActivityAt);
    }

    [Fact]
    public async Task Read_ReturnsRecordsAfterTheWatermark_InOrder_UpToTheLimit()
    {
        await Store.CreateConversationAsync("c1", "u1", Start);
        await Store.CreateConversationAsync("c2", "u1", Start);
        await Store.AppendAsync("c1", [Entry("message"), Entry("typing"), Entry("message"), Entry("event")], Start);
        await Store.AppendAsync("c2", [Entry("message")], Start);

        var page = await Store.ReadAsync("c1", 1, 2);
        var rest = await Store.ReadAsync("c1", 3, 100);

        Assert.Equal([(2L, "typing"), (3L, "message")], page.Select(record => (record.Sequence, record.Type)));
        Assert.Equal([4L], rest.Select(record => record.Sequence));
        Assert.Empty(await Store.ReadAsync("c1", 4, 100));
        Assert.Empty(await Store.ReadAsync("missing", 0, 100));
        Assert.Single(await Store.ReadAsync("c2", 0, 100));
    }

    [Fact]
    public async Task Append_ToAMissingConversation_Throws()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Store.AppendAsync("missing", [Entry("message")], Start));
    }

    [Fact]
    public async Task AppendIfOpen_AppendsToAnOpenConversation_LikeAppend()
    {
        await Store.CreateConversationAsync("c1", "u1", Start);
        await Store.AppendAsync("c1", [Entry("message")], Start);

        var appended = await Store.AppendIfOpenAsync("c1", [Entry("message"), Entry("typing")], Start);

        Assert.Equal([2L, 3L], appended!.Select(record => record.Sequence));
        Assert.Equal("3@2026-11-22T09:00:00.002Z", appended![1].Json);
        Assert.Equal([1L, 2L, 3L], (await Store.ReadAsync("c1", 0, 100)).Select(record => record.Sequence));
        Assert.Equal(3, (await Store.GetConversationAsync("c1"))!.LastSequence);
    }

    [Fact]
    public async Task AppendIfOpen_ToAnEndedConversation_IsNull_AndWritesNothing()
    {
        await Store.CreateConversationAsync("c1", "u1", Start);
        await Store.AppendAsync("c1", [Entry("message")], Start);
        await Store.EndConversationAsync("c1");
        var rendered = false;

        var appended = await Store.AppendIfOpenAsync("c1", [new DirectLineEntry("message", (_, _) => { rendered = true; return "late"; })], Start.AddMinutes(1));

        Assert.Null(appended);
        Assert.False(rendered);
        Assert.Equal([1L], (await Store.ReadAsync("c1", 0, 100)).Select(record => record.Sequence));
        var conversation = await Store.GetConversationAsync("c1");
        Assert.Equal((1L, Start), (conversation!.LastSequence, conversation.LastActivityAt));
        // Replies of the turn that ended it may still follow.
        Assert.Single(await Store.AppendAsync("c1", [Entry("message")], Start));
    }

    [Fact]
    public async Task AppendIfOpen_ToAMissingConversation_Throws()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Store.AppendIfOpenAsync("missing", [Entry("message")], Start));
    }

    [Fact]
    public async Task ConcurrentAppends_NeverShareASequence()
    {
        await Store.CreateConversationAsync("c1", "u1", Start);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => Store.AppendAsync("c1", [Entry("message"), Entry("message")], Start))));

        var all = await Store.ReadAsync("c1", 0, 1000);
        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), all.Select(record => record.Sequence));
    }

    [Fact]
    public async Task End_MarksTheConversationEnded()
    {
        await Store.CreateConversationAsync("c1", "u1", Start);

        await Store.EndConversationAsync("c1");
        await Store.EndConversationAsync("missing");

        Assert.True((await Store.GetConversationAsync("c1"))!.Ended);
    }

    [Fact]
    public async Task Files_AreKeptPerConversation()
    {
        await Store.CreateConversationAsync("c1", "u1", Start);
        await Store.CreateConversationAsync("c2", "u1", Start);

        await Store.SaveFileAsync(new DirectLineFile("c1", "f1", "image/png", "foto.png", new byte[] { 1, 2, 3 }));
        await Store.SaveFileAsync(new DirectLineFile("c1", "f2", "text/plain", null, "hoi"u8.ToArray()));

        var file = await Store.GetFileAsync("c1", "f1");
        Assert.Equal(("image/png", "foto.png"), (file!.ContentType, file.Name));
        Assert.Equal(new byte[] { 1, 2, 3 }, file.Content.ToArray());
        Assert.Null((await Store.GetFileAsync("c1", "f2"))!.Name);
        Assert.Null(await Store.GetFileAsync("c2", "f1"));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Store.SaveFileAsync(new DirectLineFile("missing", "f1", "image/png", null, new byte[] { 1 })));
    }

    [Fact]
    public async Task DeleteInactive_RemovesIdleConversationsWithTheirLogsAndFiles()
    {
        await Store.CreateConversationAsync("old", "u1", Start);
        await Store.SaveFileAsync(new DirectLineFile("old", "f1", "image/png", null, new byte[] { 1 }));
        await Store.AppendAsync("old", [Entry("message")], Start);
        await Store.CreateConversationAsync("new", "u1", Start);
        await Store.AppendAsync("new", [Entry("message")], Start.AddHours(10));

        var removed = await Store.DeleteInactiveAsync(Start.AddHours(5));

        Assert.Equal(1, removed);
        Assert.Null(await Store.GetConversationAsync("old"));
        Assert.Empty(await Store.ReadAsync("old", 0, 10));
        Assert.Null(await Store.GetFileAsync("old", "f1"));
        Assert.NotNull(await Store.GetConversationAsync("new"));
        Assert.True(await Store.CreateConversationAsync("old", "u1", Start.AddHours(6)));
        Assert.Equal([1L], (await Store.AppendAsync("old", [Entry("message")], Start.AddHours(6))).Select(record => record.Sequence));
    }

    protected static DirectLineEntry Entry(string type) =>
        new(type, (sequence, timestamp) => string.Create(CultureInfo.InvariantCulture, $"{sequence}@{timestamp.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.fff'Z'}"));
}
