using System.Globalization;
using IntakeBot.Casework.Transcripts;

namespace IntakeBot.Storage.Tests.Casework;

public abstract partial class CaseworkContractTests
{
    [Fact]
    public async Task Transcripts_NumberPerConversation_AndReturnEveryValueInOrder()
    {
        var incoming = Activity("a", "Ik wil klagen over mijn voogd 😡 \u202Eاختبار\u202C \t <script>x</script>", TranscriptDirection.Incoming, Start);
        var outgoing = Activity("a", "Dat is vervelend. Wat is er gebeurd?", TranscriptDirection.Outgoing, Start.AddSeconds(1));

        Assert.Equal(1, await Transcripts.AppendAsync(incoming));
        Assert.Equal(1, await Transcripts.AppendAsync(Activity("b", "hoi", TranscriptDirection.Incoming, Start)));
        Assert.Equal(2, await Transcripts.AppendAsync(outgoing));

        Assert.Equal([incoming with { Sequence = 1 }, outgoing with { Sequence = 2 }], await Transcripts.GetAsync("a"));
        Assert.Empty(await Transcripts.GetAsync("onbekend"));
        Assert.Empty(await Transcripts.GetAsync("' OR '1'='1"));
    }

    [Fact]
    public async Task Transcripts_AppendAll_NumbersRunsOfEachConversation_AfterSingleAppends()
    {
        await Transcripts.AppendAsync(Activity("a", "eerst", TranscriptDirection.Incoming, Start));
        var turn = new[]
        {
            Activity("a", "hallo", TranscriptDirection.Incoming, Start.AddSeconds(1)),
            Activity("a", "een", TranscriptDirection.Outgoing, Start.AddSeconds(2)),
            Activity("b", "ander gesprek", TranscriptDirection.Incoming, Start.AddSeconds(2)),
            Activity("a", "twee", TranscriptDirection.Outgoing, Start.AddSeconds(3)),
        };

        await Transcripts.AppendAllAsync(turn);
        await Transcripts.AppendAllAsync([]);

        Assert.Equal([1L, 2, 3, 4], (await Transcripts.GetAsync("a")).Select(e => e.Sequence));
        Assert.Equal(["eerst", "hallo", "een", "twee"], (await Transcripts.GetAsync("a")).Select(e => System.Text.Json.JsonDocument.Parse(e.ActivityJson).RootElement.GetProperty("text").GetString()));
        Assert.Equal([turn[2] with { Sequence = 1 }], await Transcripts.GetAsync("b"));
        Assert.Equal(5, await Transcripts.AppendAsync(Activity("a", "daarna", TranscriptDirection.Incoming, Start.AddSeconds(4))));
    }

    [Fact]
    public async Task Transcripts_AppendAll_WithOneBadEntry_WritesNothing()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Transcripts.AppendAllAsync(
            [Activity("a", "goed", TranscriptDirection.Incoming, Start), Activity(string.Empty, "fout", TranscriptDirection.Outgoing, Start)]));

        Assert.Empty(await Transcripts.GetAsync("a"));
    }

    [Fact]
    public async Task Transcripts_ConcurrentAppendsToOneConversation_GetConsecutiveNumbers_NoneLost()
    {
        const int count = 40;

        var numbers = await Task.WhenAll(Enumerable.Range(0, count).Select(i => Task.Run(() =>
            Transcripts.AppendAsync(Activity("druk", i.ToString(CultureInfo.InvariantCulture), TranscriptDirection.Incoming, Start)))));

        Assert.Equal(Enumerable.Range(1, count).Select(i => (long)i), numbers.Order());
        var stored = await Transcripts.GetAsync("druk");
        Assert.Equal(Enumerable.Range(1, count).Select(i => (long)i), stored.Select(e => e.Sequence));
        Assert.Equal(count, stored.Select(e => e.ActivityJson).Distinct().Count());
    }

    [Fact]
    public async Task Transcripts_Delete_AndAbandoned_LeaveOutConversationsWithACase()
    {
        var withCase = await CreateAsync(Samples.Next(conversationId: "met-zaak"));
        await Transcripts.AppendAsync(Activity(withCase.ConversationId, "x", TranscriptDirection.Incoming, Start));
        await Transcripts.AppendAsync(Activity("zonder", "x", TranscriptDirection.Incoming, Start));
        await Transcripts.AppendAsync(Activity("zonder", "y", TranscriptDirection.Outgoing, Start.AddHours(1)));
        await Transcripts.AppendAsync(Activity("ouder", "x", TranscriptDirection.Incoming, Start.AddHours(-5)));
        await Transcripts.AppendAsync(Activity("recent", "x", TranscriptDirection.Incoming, Start.AddDays(5)));

        Assert.Equal(["ouder", "zonder"], await Transcripts.AbandonedBeforeAsync(Start.AddDays(1), 10));
        Assert.Equal(["ouder"], await Transcripts.AbandonedBeforeAsync(Start.AddDays(1), 1));
        Assert.Equal(["ouder"], await Transcripts.AbandonedBeforeAsync(Start.AddMinutes(30), 10));
        Assert.Equal(2, await Transcripts.DeleteAsync("zonder"));
        Assert.Equal(0, await Transcripts.DeleteAsync("zonder"));
        Assert.Empty(await Transcripts.GetAsync("zonder"));
        Assert.Equal(1, await Transcripts.AppendAsync(Activity("zonder", "opnieuw", TranscriptDirection.Incoming, Start.AddDays(6))));
    }

    [Fact]
    public async Task Transcripts_BadEntries_AreRejected()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Transcripts.AppendAsync(Activity(string.Empty, "x", TranscriptDirection.Incoming, Start)));
        await Assert.ThrowsAsync<ArgumentException>(() => Transcripts.AppendAsync(Activity(new string('c', 300), "x", TranscriptDirection.Incoming, Start)));
        await Assert.ThrowsAsync<ArgumentException>(() => Transcripts.AppendAsync(Activity("a", "x", (TranscriptDirection)9, Start)));
    }

    private static TranscriptEntry Activity(string conversationId, string text, TranscriptDirection direction, DateTimeOffset at) =>
        new(conversationId, 0, at, direction, System.Text.Json.JsonSerializer.Serialize(new { type = "message", text }));
}
