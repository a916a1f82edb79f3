using IntakeBot.Casework.Memory;
using IntakeBot.Casework.Register;
using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;
using IntakeBot.Testing.Cases;

namespace IntakeBot.Casework.Tests.Memory;

public sealed class MemoryCaseRegisterTests
{
    private static readonly CaseScope Kracht = CaseScope.For("kracht-den-haag");
    private static readonly CaseScope Blijf = CaseScope.For("blijf-groep");
    private static readonly StaffActor Officer = new("u-1", "Fatima de Vries", "kracht-den-haag");
    private static readonly StaffActor Colleague = new("u-2", "Daan Jansen", "kracht-den-haag");

    private readonly MemoryCaseStore _store = new();
    private readonly MemoryDeliveryLog _deliveries = new();
    private readonly MemoryCaseRegister _register;
    private readonly SampleCases _samples = new();

    public MemoryCaseRegisterTests() => _register = new MemoryCaseRegister(_store, _deliveries);

    [Fact]
    public async Task CaseCreatedThroughTheStore_IsAdopted_WithItsEarliestDeadline()
    {
        var created = _samples.Next(deadline: new DateOnly(2026, 12, 1));
        await _store.CreateAsync(created);

        var record = await _register.GetAsync(Kracht, created.Reference.ToLowerInvariant());

        Assert.NotNull(record);
        Assert.Equal(created.Reference, record.Case.Reference);
        Assert.Equal(new DateOnly(2026, 12, 1), record.DueOn);
        Assert.Equal(1, record.Version);
        Assert.Null(record.ClosedAt);
        var timeline = await _register.TimelineAsync(Kracht, created.Reference);
        Assert.Equal([TimelineEntryTypes.Created], timeline.Select(e => e.Type));
    }

    [Fact]
    public async Task CaseOfAnotherOrganisation_IsNotFound_ForEveryCall()
    {
        var created = _samples.Next();
        await _store.CreateAsync(created);
        var reference = created.Reference;

        Assert.Null(await _register.GetAsync(Blijf, reference));
        Assert.Empty((await _register.ListAsync(Blijf, new CaseQuery())).Cases);
        Assert.Empty((await _register.ListAsync(Blijf, new CaseQuery(OrganisationId: "kracht-den-haag"))).Cases);
        Assert.Equal(CaseChange.NotFound, await _register.SetStatusAsync(Blijf, reference, new StatusChange(CaseStatus.InBehandeling), Officer, SampleCases.Start));
        Assert.Equal(CaseChange.NotFound, await _register.AssignAsync(Blijf, reference, Colleague, Officer, SampleCases.Start));
        Assert.Equal(CaseChange.NotFound, await _register.AddNoteAsync(Blijf, reference, "notitie", Officer, SampleCases.Start));
        Assert.Empty(await _register.TimelineAsync(Blijf, reference));
        Assert.Equal(CaseStatus.Nieuw, (await _store.GetAsync(reference))!.Status);
    }

    [Fact]
    public async Task SetStatus_ReachesTheStore_AndClosingSetsClosedAtAndTheFact()
    {
        var created = _samples.Next();
        await _store.CreateAsync(created);
        var closedAt = SampleCases.Start.AddDays(10);

        var change = await _register.SetStatusAsync(Kracht, created.Reference, new StatusChange(CaseStatus.Afgehandeld, CaseOutcome.Gegrond, ComplaintNature.Bejegening), Officer, closedAt, expectedVersion: 1);

        Assert.Equal(CaseChange.Changed, change);
        Assert.Equal(CaseStatus.Afgehandeld, (await _store.GetAsync(created.Reference))!.Status);
        var record = (await _register.GetAsync(Kracht, created.Reference))!;
        Assert.Equal((closedAt, 2L, CaseOutcome.Gegrond), (record.ClosedAt!.Value, record.Version, record.Outcome!.Value));
        var fact = Assert.Single(await _register.FactsAsync("kracht-den-haag", 2026));
        Assert.Equal((new DateOnly(2026, 12, 2), 10, ComplaintNature.Bejegening), (fact.ClosedOn!.Value, fact.HandlingDays!.Value, fact.Nature!.Value));
        var last = (await _register.TimelineAsync(Kracht, created.Reference))[^1];
        Assert.Equal((TimelineEntryTypes.Status, "u-1", "afgehandeld"), (last.Type, last.ActorId, last.Detail));
    }

    [Fact]
    public async Task SetStatus_WithAStaleVersion_IsAConflict_AndChangesNothing()
    {
        var created = _samples.Next();
        await _store.CreateAsync(created);
        await _register.AssignAsync(Kracht, created.Reference, Colleague, Officer, SampleCases.Start);

        var change = await _register.SetStatusAsync(Kracht, created.Reference, new StatusChange(CaseStatus.InBehandeling), Officer, SampleCases.Start, expectedVersion: 1);

        Assert.Equal(CaseChange.Conflict, change);
        Assert.Equal(CaseStatus.Nieuw, (await _register.GetAsync(Kracht, created.Reference))!.Case.Status);
    }

    [Fact]
    public async Task SameStatusTwice_IsUnchanged()
    {
        var created = _samples.Next();
        await _store.CreateAsync(created);

        Assert.Equal(CaseChange.Changed, await _register.SetStatusAsync(Kracht, created.Reference, new StatusChange(CaseStatus.InBehandeling), Officer, SampleCases.Start));
        Assert.Equal(CaseChange.Unchanged, await _register.SetStatusAsync(Kracht, created.Reference, new StatusChange(CaseStatus.InBehandeling), Officer, SampleCases.Start));
        Assert.Equal(CaseChange.Unchanged, await _register.AssignAsync(Kracht, created.Reference, null, Officer, SampleCases.Start));
    }

    [Fact]
    public async Task WithdrawalThroughTheIntake_ClosesTheCase_InTheRegister()
    {
        var created = _samples.Next();
        await _store.CreateAsync(created);
        await _register.GetAsync(Kracht, created.Reference);
        var at = SampleCases.Start.AddDays(2);

        await _store.WithdrawAsync(created.Reference, at);

        var record = (await _register.GetAsync(Kracht, created.Reference))!;
        Assert.Equal((CaseStatus.Ingetrokken, at, false), (record.Case.Status, record.ClosedAt!.Value, record.IsOpen));
        Assert.Equal(TimelineEntryTypes.Withdrawn, (await _register.TimelineAsync(Kracht, created.Reference))[^1].Type);
    }

    [Fact]
    public async Task List_FiltersByOverdueAssigneeKindAndAmsterdamDay()
    {
        // 23:30 UTC on 30 November is already 1 December in Amsterdam.
        var late = _samples.Next(Kind.Bezwaar, createdAt: new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero), deadline: new DateOnly(2026, 12, 14));
        var early = _samples.Next(createdAt: new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero), deadline: new DateOnly(2026, 11, 25));
        var closed = _samples.Next(createdAt: new DateTimeOffset(2026, 11, 19, 9, 0, 0, TimeSpan.Zero), deadline: new DateOnly(2026, 11, 24));
        foreach (var c in new[] { late, early, closed })
        {
            await _store.CreateAsync(c);
        }

        await _register.SetStatusAsync(Kracht, closed.Reference, new StatusChange(CaseStatus.Afgehandeld), Officer, SampleCases.Start);
        await _register.AssignAsync(Kracht, early.Reference, Colleague, Officer, SampleCases.Start);

        Assert.Equal([early.Reference], await References(new CaseQuery(OverdueOn: new DateOnly(2026, 12, 1))));
        Assert.Equal([early.Reference], await References(new CaseQuery(AssignedTo: "u-2")));
        Assert.Equal([late.Reference], await References(new CaseQuery(Kind: Kind.Bezwaar)));
        Assert.Equal([late.Reference], await References(new CaseQuery(SubmittedFrom: new DateOnly(2026, 12, 1))));
        Assert.Equal([early.Reference, closed.Reference], await References(new CaseQuery(SubmittedTo: new DateOnly(2026, 11, 30))));
        Assert.Equal([closed.Reference], await References(new CaseQuery(Status: CaseStatus.Afgehandeld)));
    }

    [Fact]
    public async Task List_PagesNewestFirst_WithTheTotal()
    {
        for (var i = 0; i < 5; i++)
        {
            await _store.CreateAsync(_samples.Next(createdAt: SampleCases.Start.AddHours(i)));
        }

        var page = await _register.ListAsync(Kracht, new CaseQuery(Skip: 1, Take: 2));

        Assert.Equal(5, page.Total);
        Assert.Equal([SampleCases.Start.AddHours(3), SampleCases.Start.AddHours(2)], page.Cases.Select(c => c.Case.CreatedAt));
    }

    [Fact]
    public async Task Delete_RemovesCaseEventsAndDeliveries_ButKeepsTheFact()
    {
        var created = _samples.Next(anonymous: true);
        await _store.CreateAsync(created);
        var pending = Assert.Single(await _store.PendingEventsAsync(10));
        await _deliveries.SaveAsync(new Delivery.DeliveryState(pending.Id, created.Reference, created.OrganisationId, Delivery.DeliveryTargets.Email, 1, SampleCases.Start, null, null, "SMTP 451"));

        Assert.True(await _register.DeleteAsync(created.Reference));

        Assert.Null(await _store.GetAsync(created.Reference));
        Assert.Empty(await _store.PendingEventsAsync(10));
        Assert.Empty(await _deliveries.ForCaseAsync(created.Reference));
        Assert.Null(await _register.GetAsync(Kracht, created.Reference));
        var fact = Assert.Single(await _register.FactsAsync("kracht-den-haag", 2026));
        Assert.True(fact.Deleted);
        Assert.True(fact.Anonymous);
        Assert.False(await _register.DeleteAsync(created.Reference));
    }

    [Fact]
    public async Task RetentionDue_CountsFromClosing_OrFromTheLastChange()
    {
        var closedEarly = _samples.Next();
        var open = _samples.Next();
        await _store.CreateAsync(closedEarly);
        await _store.CreateAsync(open);
        await _register.SetStatusAsync(Kracht, closedEarly.Reference, new StatusChange(CaseStatus.Afgehandeld), Officer, SampleCases.Start.AddDays(1));
        await _register.AddNoteAsync(Kracht, open.Reference, "Gebeld met de afdeling.", Officer, SampleCases.Start.AddDays(30));

        var due = await _register.RetentionDueAsync("kracht-den-haag", SampleCases.Start.AddDays(10), 10);

        Assert.Equal([closedEarly.Reference], due);
        Assert.Empty(await _register.RetentionDueAsync("blijf-groep", SampleCases.Start.AddYears(10), 10));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AddNote_WithoutText_IsRejected(string text)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _register.AddNoteAsync(Kracht, "KL-7F3K-9Q", text, Officer, SampleCases.Start));
        await Assert.ThrowsAsync<ArgumentException>(() => _register.AddNoteAsync(Kracht, "KL-7F3K-9Q", new string('x', CaseLimits.NoteLength + 1), Officer, SampleCases.Start));
    }

    [Fact]
    public async Task AppendTimeline_NeedsNoScope_AndUnknownIsNotFound()
    {
        var created = _samples.Next();
        await _store.CreateAsync(created);
        var delivered = new TimelineEntry(SampleCases.Start.AddMinutes(1), TimelineEntryTypes.Delivered, "system:delivery", "Bezorging", "email");

        Assert.Equal(CaseChange.Changed, await _register.AppendTimelineAsync(created.Reference, delivered));
        Assert.Equal(CaseChange.NotFound, await _register.AppendTimelineAsync("KL-7F3K-9Q", delivered));
        Assert.Equal(delivered, (await _register.TimelineAsync(Kracht, created.Reference))[^1]);
    }

    private async Task<IReadOnlyList<string>> References(CaseQuery query) =>
        [.. (await _register.ListAsync(Kracht, query)).Cases.Select(c => c.Case.Reference)];
}
