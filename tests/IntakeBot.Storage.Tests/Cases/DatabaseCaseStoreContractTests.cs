using System.Globalization;
using IntakeBot.Intake.Cases;
using IntakeBot.Testing.Cases;

namespace IntakeBot.Storage.Tests.Cases;

/// <summary>
/// What every database-backed <see cref="ICaseStore"/> (SQLite, PostgreSQL) must show beyond the common contract:
/// cases and events outlive the store, several instances share them, and the tables read alike with plain SQL.
/// </summary>
public abstract class DatabaseCaseStoreContractTests : CaseStoreContractTests
{
    /// <summary>Another store on the same database, as another process would open it. The subclass disposes it.</summary>
    protected abstract ICaseStore OpenAnother();

    /// <summary>Runs raw SQL on the same database (the statements used here read alike on SQLite and PostgreSQL).</summary>
    protected abstract Task<object?> ScalarAsync(string sql);

    [Fact]
    public async Task Reopen_AfterDispose_KeepsCasesAndEvents()
    {
        var kept = Samples.Next(conversationId: "blijft");
        var withdrawn = Samples.Next(conversationId: "blijft", createdAt: SampleCases.Start.AddMinutes(1));
        await Store.CreateAsync(kept);
        await Store.CreateAsync(withdrawn);
        await Store.WithdrawAsync(withdrawn.Reference, SampleCases.Start.AddDays(1));
        var events = await Store.PendingEventsAsync(10);
        await Store.MarkDeliveredAsync(events[0].Id, SampleCases.Start.AddHours(1));
        (Store as IDisposable)?.Dispose();

        var reopened = OpenAnother();

        CaseAssert.Same(kept, await reopened.GetAsync(kept.Reference));
        CaseAssert.Same(withdrawn with { Status = CaseStatus.Ingetrokken, WithdrawnAt = SampleCases.Start.AddDays(1) }, await reopened.GetAsync(withdrawn.Reference));
        Assert.Equal(2, (await reopened.FindByConversationAsync("blijft")).Count);
        Assert.Equal(events.Skip(1).Select(e => e.Id), (await reopened.PendingEventsAsync(10)).Select(e => e.Id));
        await Assert.ThrowsAsync<DuplicateCaseReferenceException>(() => reopened.CreateAsync(kept));
    }

    [Fact]
    public async Task TwoStores_LikeTwoProcesses_CreateEveryCaseOnce_AndWithdrawOnce()
    {
        var other = OpenAnother();
        var cases = Enumerable.Range(0, 20).Select(i => Samples.Next(conversationId: "twee-processen", createdAt: SampleCases.Start.AddSeconds(i))).ToList();

        await Task.WhenAll(cases.Select((c, i) => Task.Run(() => (i % 2 == 0 ? Store : other).CreateAsync(c))));
        var withdrawals = await Task.WhenAll(new[] { Store, other, Store, other }.Select(store => Task.Run(() => store.WithdrawAsync(cases[0].Reference, SampleCases.Start.AddDays(1)))));

        Assert.Single(withdrawals, won => won);
        Assert.Equal(cases.Select(c => c.Reference), (await Store.FindByConversationAsync("twee-processen")).Select(c => c.Reference));
        var events = await other.PendingEventsAsync(100);
        Assert.Equal(21, events.Count);
        Assert.Equal(events.Select(e => e.Id).Order(), events.Select(e => e.Id));
    }

    [Fact]
    public async Task Columns_HoldKindStatusAndInstantsAsText_ReadableWithTheSameSqlOnEveryDatabase()
    {
        var created = Samples.Next(IntakeBot.Content.Model.Kind.Bezwaar, "blijf-groep");
        await Store.CreateAsync(created);
        await Store.WithdrawAsync(created.Reference, SampleCases.Start.AddDays(3));

        var where = $" FROM cases WHERE reference = '{created.Reference}';";
        Assert.Equal("bezwaar", await ScalarAsync("SELECT kind" + where));
        Assert.Equal("ingetrokken", await ScalarAsync("SELECT status" + where));
        Assert.Equal("blijf-groep", await ScalarAsync("SELECT organisation_id" + where));
        Assert.Equal(SampleCases.Start.ToString("O", CultureInfo.InvariantCulture), await ScalarAsync("SELECT created_at" + where));
        Assert.Equal(SampleCases.Start.UtcTicks, Convert.ToInt64(await ScalarAsync("SELECT created_ticks" + where), CultureInfo.InvariantCulture));
        Assert.Equal(2L, Convert.ToInt64(await ScalarAsync($"SELECT COUNT(*) FROM case_events WHERE reference = '{created.Reference}' AND organisation_id = 'blijf-groep';"), CultureInfo.InvariantCulture));
    }
}
