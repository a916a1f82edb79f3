using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;
using IntakeBot.Testing.Cases;

namespace IntakeBot.Storage.Tests.Cases;

/// <summary>
/// The behaviour every <see cref="ICaseStore"/> must show. A provider's test class derives from this and supplies a
/// fresh, empty store; xunit creates one instance per test.
/// </summary>
public abstract partial class CaseStoreContractTests : IAsyncLifetime
{
    private ICaseStore? _store;

    protected ICaseStore Store => _store ?? throw new InvalidOperationException("InitializeAsync has not run.");

    private protected SampleCases Samples { get; } = new();

    /// <summary>A new, empty store. Called once per test.</summary>
    protected abstract ICaseStore CreateStore();

    /// <summary>Runs after the store is disposed: delete files.</summary>
    protected virtual Task CleanupAsync() => Task.CompletedTask;

    public Task InitializeAsync()
    {
        _store = CreateStore();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        (_store as IDisposable)?.Dispose();
        await CleanupAsync();
    }

    [Fact]
    public async Task Create_ThenGet_ReturnsEveryValue()
    {
        var created = Samples.Next(Kind.Bezwaar, "cjg-westelijke-mijnstreek");

        await Store.CreateAsync(created);

        CaseAssert.Same(created, await Store.GetAsync(created.Reference));
    }

    [Fact]
    public async Task Get_AcceptsAnySpellingOfTheReference()
    {
        var created = Samples.Next();
        await Store.CreateAsync(created);
        var r = created.Reference;
        string[] spellings = [r.ToLowerInvariant(), r.Replace("-", string.Empty, StringComparison.Ordinal), " " + r.Replace('-', ' ') + " ", r.ToLowerInvariant().Replace('-', '.')];

        foreach (var spelling in spellings)
        {
            Assert.Equal(r, (await Store.GetAsync(spelling))?.Reference);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("KL-7F3K")]
    [InlineData("KL-7F3K-9Q-EXTRA")]
    [InlineData("'; DROP TABLE cases; --")]
    [InlineData("KL-7F3K-9Q")] // well-formed but never created
    public async Task Get_UnknownOrMalformed_ReturnsNull(string? reference)
    {
        await Store.CreateAsync(Samples.Next());

        Assert.Null(await Store.GetAsync(reference!));
    }

    [Fact]
    public async Task Create_StoresTheCanonicalReference()
    {
        var created = Samples.Next();
        var typed = created with { Reference = created.Reference.ToLowerInvariant().Replace("-", string.Empty, StringComparison.Ordinal) };

        await Store.CreateAsync(typed);

        Assert.Equal(created.Reference, (await Store.GetAsync(created.Reference))?.Reference);
    }

    [Theory]
    [InlineData("niet-een-referentie")]
    [InlineData("")]
    public async Task Create_WithAMalformedReference_IsRefused(string reference)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.CreateAsync(Samples.Next() with { Reference = reference }));

        Assert.Empty(await Store.PendingEventsAsync(10));
    }

    [Fact]
    public async Task Create_Duplicate_ThrowsAndKeepsTheFirst()
    {
        var first = Samples.Next();
        await Store.CreateAsync(first);
        var second = Samples.Next(Kind.Klacht, "blijf-groep") with { Reference = first.Reference.ToLowerInvariant() };

        var error = await Assert.ThrowsAsync<DuplicateCaseReferenceException>(() => Store.CreateAsync(second));

        Assert.Equal(first.Reference, error.Reference);
        CaseAssert.Same(first, await Store.GetAsync(first.Reference));
        Assert.Single(await Store.PendingEventsAsync(10));
    }

    [Fact]
    public async Task Create_CopiesTheCallersCollections()
    {
        var fields = new Dictionary<string, string> { [CaseFieldNames.Name] = "Sanne" };
        var created = Samples.Next() with { Fields = fields };
        await Store.CreateAsync(created);

        fields[CaseFieldNames.Name] = "veranderd";

        Assert.Equal("Sanne", (await Store.GetAsync(created.Reference))!.Fields[CaseFieldNames.Name]);
    }

    [Fact]
    public async Task FindByConversation_ReturnsThatConversationsCases_OldestFirst()
    {
        var later = Samples.Next(Kind.Compliment, conversationId: "gesprek-1", createdAt: SampleCases.Start.AddMinutes(5));
        var earlier = Samples.Next(Kind.Klacht, conversationId: "gesprek-1", createdAt: SampleCases.Start.ToOffset(TimeSpan.Zero));
        var sameMoment = Samples.Next(Kind.Idee, conversationId: "gesprek-1", createdAt: SampleCases.Start.AddMinutes(5));
        await Store.CreateAsync(later);
        await Store.CreateAsync(Samples.Next(conversationId: "gesprek-2"));
        await Store.CreateAsync(earlier);
        await Store.CreateAsync(sameMoment);

        var found = await Store.FindByConversationAsync("gesprek-1");

        Assert.Equal([earlier.Reference, later.Reference, sameMoment.Reference], found.Select(c => c.Reference));
        Assert.Empty(await Store.FindByConversationAsync("gesprek-3"));
        Assert.Empty(await Store.FindByConversationAsync(string.Empty));
    }

    [Fact]
    public async Task Withdraw_MarksTheCase_AndOnlyOnce()
    {
        var created = Samples.Next();
        await Store.CreateAsync(created);
        var at = SampleCases.Start.AddDays(2);

        Assert.True(await Store.WithdrawAsync(created.Reference.ToLowerInvariant(), at));
        Assert.False(await Store.WithdrawAsync(created.Reference, at.AddHours(1)));

        var withdrawn = await Store.GetAsync(created.Reference);
        Assert.Equal(CaseStatus.Ingetrokken, withdrawn!.Status);
        Assert.Equal(at, withdrawn.WithdrawnAt);
        CaseAssert.Same(created with { Status = CaseStatus.Ingetrokken, WithdrawnAt = at }, withdrawn);
    }

    [Theory]
    [InlineData("KL-7F3K-9Q")]
    [InlineData("rommel")]
    [InlineData("")]
    public async Task Withdraw_UnknownOrMalformed_ReturnsFalse(string reference)
    {
        await Store.CreateAsync(Samples.Next());

        Assert.False(await Store.WithdrawAsync(reference, SampleCases.Start));
        Assert.Single(await Store.PendingEventsAsync(10));
    }
}
