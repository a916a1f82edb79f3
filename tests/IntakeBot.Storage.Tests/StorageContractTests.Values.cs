using System.Text;
using IntakeBot.Dialogs.State;

namespace IntakeBot.Storage.Tests;

public abstract partial class StorageContractTests
{
    [Theory]
    [InlineData("{\"tekst\":\"Ik ben boos \U0001F621 op de voogd\"}")]
    [InlineData("{\"tekst\":\"\u0645\u0631\u062D\u0628\u0627 \u05E9\u05DC\u05D5\u05DD\"}")] // right-to-left
    [InlineData("{\"familie\":\"\U0001F468\u200D\U0001F469\u200D\U0001F467\",\"duim\":\"\U0001F44D\U0001F3FD\"}")] // joiners, skin tone
    [InlineData("{\"naam\":\"Ren\u00E9e Ba\u0308cker\",\"stuur\":\"\\u0000\\n\\t\\\"\"}")] // composed and decomposed, escapes
    [InlineData("  {\n  \"spaties\" : [ 1 ,2 ]\n}\n")] // whitespace is kept as written
    public async Task RoundTrip_UnicodeJson_IsByteExact(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        await Storage.WriteAsync(Docs.Changes(("k", bytes, null)));

        var stored = (await Storage.ReadAsync(["k"]))["k"];

        Assert.Equal(bytes, stored.Json.ToArray());
    }

    [Fact]
    public async Task RoundTrip_OneMegabyteDocument_IsByteExact()
    {
        var text = string.Concat(Enumerable.Range(0, 1 << 20).Select(i => (char)('a' + (i * 7 % 26))));
        var bytes = Encoding.UTF8.GetBytes($"{{\"groot\":\"{text}\"}}");
        await Storage.WriteAsync(Docs.Changes(("groot", bytes, null)));

        var stored = (await Storage.ReadAsync(["groot"]))["groot"];

        Assert.True(bytes.AsSpan().SequenceEqual(stored.Json.Span), "The 1 MB document changed on its way through the store.");
    }

    [Fact]
    public async Task Write_CopiesTheCallersBuffer()
    {
        var buffer = Encoding.UTF8.GetBytes("{\"v\":1}");
        await Storage.WriteAsync(Docs.Changes(("k", buffer, null)));

        buffer[5] = (byte)'9';

        Assert.Equal("{\"v\":1}", await Docs.ReadTextAsync(Storage, "k"));
    }

    [Fact]
    public async Task Write_SliceOfALargerBuffer_StoresOnlyTheSlice()
    {
        var buffer = Encoding.UTF8.GetBytes("xx{\"v\":1}yy");
        await Storage.WriteAsync(Docs.Changes(("k", buffer.AsMemory(2, 7), null)));

        Assert.Equal("{\"v\":1}", await Docs.ReadTextAsync(Storage, "k"));
    }

    [Theory]
    [InlineData("msteams/19:abc@thread.v2|bot")]
    [InlineData("webchat/gesprek met spaties")]
    [InlineData("\U0001F600/\u0645\u0631\u062D\u0628\u0627")]
    [InlineData("K")]
    [InlineData("nul\u0000teken")] // PostgreSQL text cannot hold U+0000 as such
    [InlineData("\uE000x0041\uE0000\uE000")] // looks like the PostgreSQL store's escapes
    public async Task Keys_WithUnusualCharacters_AreKeptApart(string key)
    {
        await Docs.CreateAsync(Storage, key, "{\"k\":1}");
        await Docs.CreateAsync(Storage, key.ToLowerInvariant() + "~", "{\"k\":2}");

        Assert.Equal("{\"k\":1}", await Docs.ReadTextAsync(Storage, key));
    }

    [Fact]
    public async Task Keys_ThatDifferOnlyInCase_AreDifferentKeys()
    {
        await Docs.CreateAsync(Storage, "Gesprek", "{\"v\":1}");
        await Docs.CreateAsync(Storage, "gesprek", "{\"v\":2}");

        Assert.Equal("{\"v\":1}", await Docs.ReadTextAsync(Storage, "Gesprek"));
    }

    [Fact]
    public async Task Key_OfTenThousandCharacters_RoundTrips()
    {
        var key = new string('k', 10_000);

        await Docs.CreateAsync(Storage, key, "{}");

        Assert.Single(await Storage.ReadAsync([key]));
    }

    // Built here, not in [InlineData]: xunit's test-case serialisation replaces unpaired surrogates with U+FFFD.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task InvalidKey_IsRejectedWithArgumentException(int which)
    {
        string?[] invalid = [null, "", "half \uD83D surrogate", "\uDE00 low first"];
        var key = invalid[which];
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Storage.ReadAsync([key!]));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Storage.DeleteAsync([key!]));
        if (key is not null)
        {
            await Assert.ThrowsAnyAsync<ArgumentException>(() => Storage.WriteAsync(Docs.Changes((key, Docs.Json("{}"), null))));
        }
    }

    [Fact]
    public async Task InvalidKeyAmongValidOnes_WritesNothing()
    {
        var changes = Docs.Changes(("goed", Docs.Json("{}"), null), ("", Docs.Json("{}"), null));

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Storage.WriteAsync(changes));

        Assert.Empty(await Storage.ReadAsync(["goed"]));
    }

    [Fact]
    public async Task NullArguments_AreRejected()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => Storage.ReadAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Storage.WriteAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Storage.DeleteAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Storage.WriteAsync(new Dictionary<string, StoreItem> { ["k"] = null! }));
    }

    [Fact]
    public async Task EmptyRequests_DoNothing()
    {
        Assert.Empty(await Storage.ReadAsync([]));
        Assert.Empty(await Storage.WriteAsync(new Dictionary<string, StoreItem>()));
        await Storage.DeleteAsync([]);
    }

    [Fact]
    public async Task CancelledToken_ThrowsAndWritesNothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Storage.WriteAsync(Docs.Changes(("k", Docs.Json("{}"), null)), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Storage.ReadAsync(["k"], cancelled.Token));

        Assert.Empty(await Storage.ReadAsync(["k"]));
    }
}
