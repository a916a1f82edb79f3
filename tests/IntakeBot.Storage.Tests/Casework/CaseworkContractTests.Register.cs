using IntakeBot.Casework.Register;
using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Storage.Tests.Casework;

public abstract partial class CaseworkContractTests
{
    [Fact]
    public async Task Register_TakesInCasesTheIntakeStored_WithFieldsDeadlineAndTimeline()
    {
        var created = await CreateAsync(Samples.Next(deadline: new DateOnly(2026, 12, 1)));

        var record = await Register.GetAsync(Kracht, created.Reference.ToLowerInvariant().Replace('-', ' '));

        Assert.NotNull(record);
        Assert.Equal(created.Reference, record.Case.Reference);
        Assert.Equal(created.Fields, record.Case.Fields);
        Assert.Equal(created.Route, record.Case.Route);
        Assert.Equal(created.CreatedAt, record.Case.CreatedAt);
        Assert.Equal((new DateOnly(2026, 12, 1), 1L, (DateTimeOffset?)null, (string?)null), (record.DueOn!.Value, record.Version, record.ClosedAt, record.AssignedToId));
        var created1 = Assert.Single(await Register.TimelineAsync(Kracht, created.Reference));
        Assert.Equal((TimelineEntryTypes.Created, created.CreatedAt), (created1.Type, created1.At));
    }

    [Fact]
    public async Task Register_CaseOfAnotherOrganisation_IsNotFoundForEveryCall()
    {
        var created = await CreateAsync(Samples.Next());
        var reference = created.Reference;

        Assert.Null(await Register.GetAsync(Blijf, reference));
        Assert.Equal(0, (await Register.ListAsync(Blijf, new CaseQuery())).Total);
        Assert.Empty(await ReferencesAsync(Blijf, new CaseQuery(OrganisationId: "kracht-den-haag")));
        Assert.Equal(CaseChange.NotFound, await Register.SetStatusAsync(Blijf, reference, new StatusChange(CaseStatus.Afgehandeld), Officer, Start));
        Assert.Equal(CaseChange.NotFound, await Register.AssignAsync(Blijf, reference, Colleague, Officer, Start));
        Assert.Equal(CaseChange.NotFound, await Register.AddNoteAsync(Blijf, reference, "Stiekem meegelezen.", Officer, Start));
        Assert.Empty(await Register.TimelineAsync(Blijf, reference));

        var unchanged = (await Register.GetAsync(Kracht, reference))!;
        Assert.Equal((CaseStatus.Nieuw, 1L, (string?)null), (unchanged.Case.Status, unchanged.Version, unchanged.AssignedToId));
        Assert.Single(await Register.TimelineAsync(Kracht, reference));
        Assert.Equal(CaseStatus.Nieuw, (await Cases.GetAsync(reference))!.Status);
    }

    [Fact]
    public async Task Register_ListFilters_KindStatusOrganisationAssigneeOverdueAndAmsterdamDays()
    {
        // 23:30 UTC on 30 November is 1 December in Amsterdam.
        var late = await CreateAsync(Samples.Next(Kind.Bezwaar, createdAt: new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero), deadline: new DateOnly(2026, 12, 14)));
        var early = await CreateAsync(Samples.Next(createdAt: new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero), deadline: new DateOnly(2026, 11, 25)));
        var closed = await CreateAsync(Samples.Next(createdAt: new DateTimeOffset(2026, 11, 19, 9, 0, 0, TimeSpan.Zero), deadline: new DateOnly(2026, 11, 24)));
        var blijf = await CreateAsync(Samples.Next(organisationId: "blijf-groep", createdAt: new DateTimeOffset(2026, 11, 18, 9, 0, 0, TimeSpan.Zero), deadline: new DateOnly(2026, 11, 20)));
        await Register.SetStatusAsync(Kracht, closed.Reference, new StatusChange(CaseStatus.Afgehandeld), Officer, Start);
        await Register.AssignAsync(Kracht, early.Reference, Colleague, Officer, Start);
        var both = IntakeBot.Casework.CaseScope.For("kracht-den-haag", "blijf-groep");

        Assert.Equal([late.Reference, early.Reference, closed.Reference], await ReferencesAsync(Kracht, new CaseQuery()));
        Assert.Equal([early.Reference], await ReferencesAsync(Kracht, new CaseQuery(OverdueOn: new DateOnly(2026, 12, 1))));
        Assert.Empty(await ReferencesAsync(Kracht, new CaseQuery(OverdueOn: new DateOnly(2026, 11, 25))));
        Assert.Equal([early.Reference, blijf.Reference], await ReferencesAsync(both, new CaseQuery(OverdueOn: new DateOnly(2026, 12, 1))));
        Assert.Equal([blijf.Reference], await ReferencesAsync(both, new CaseQuery(OrganisationId: "blijf-groep")));
        Assert.Equal([early.Reference], await ReferencesAsync(Kracht, new CaseQuery(AssignedTo: "u-2")));
        Assert.Equal([late.Reference], await ReferencesAsync(Kracht, new CaseQuery(Kind: Kind.Bezwaar)));
        Assert.Equal([closed.Reference], await ReferencesAsync(Kracht, new CaseQuery(Status: CaseStatus.Afgehandeld)));
        Assert.Equal([late.Reference], await ReferencesAsync(Kracht, new CaseQuery(SubmittedFrom: new DateOnly(2026, 12, 1))));
        Assert.Equal([early.Reference, closed.Reference], await ReferencesAsync(Kracht, new CaseQuery(SubmittedTo: new DateOnly(2026, 11, 30))));
        Assert.Equal([early.Reference], await ReferencesAsync(Kracht, new CaseQuery(SubmittedFrom: new DateOnly(2026, 11, 20), SubmittedTo: new DateOnly(2026, 11, 20))));
    }

    [Fact]
    public async Task Register_List_PagesNewestFirst_WithTheTotalOfAllMatches()
    {
        for (var i = 0; i < 7; i++)
        {
            await CreateAsync(Samples.Next(createdAt: Start.AddHours(i)));
        }

        var page = await Register.ListAsync(Kracht, new CaseQuery(Skip: 2, Take: 3));
        var beyond = await Register.ListAsync(Kracht, new CaseQuery(Skip: 10, Take: 3));
        var huge = await Register.ListAsync(Kracht, new CaseQuery(Take: int.MaxValue, Skip: -5));

        Assert.Equal(7, page.Total);
        Assert.Equal([Start.AddHours(4), Start.AddHours(3), Start.AddHours(2)], page.Cases.Select(c => c.Case.CreatedAt));
        Assert.Equal((7, 0), (beyond.Total, beyond.Cases.Count));
        Assert.Equal(7, huge.Cases.Count);
    }

    [Theory]
    [InlineData("' OR '1'='1")]
    [InlineData("kracht-den-haag' --")]
    [InlineData("x'); DROP TABLE cases; --")]
    [InlineData("\" OR \"\"=\"")]
    [InlineData("%")]
    public async Task Register_FiltersAreValues_NeverSql(string hostile)
    {
        var created = await CreateAsync(Samples.Next());
        await Register.AssignAsync(Kracht, created.Reference, Colleague, Officer, Start);

        Assert.Empty(await ReferencesAsync(Kracht, new CaseQuery(OrganisationId: hostile)));
        Assert.Empty(await ReferencesAsync(Kracht, new CaseQuery(AssignedTo: hostile)));
        Assert.Empty(await ReferencesAsync(IntakeBot.Casework.CaseScope.For(hostile), new CaseQuery()));
        Assert.Null(await Register.GetAsync(Kracht, hostile));
        Assert.Null(await Register.GetAsync(Kracht, created.Reference + hostile));
        Assert.Equal(CaseChange.NotFound, await Register.SetStatusAsync(Kracht, hostile, new StatusChange(CaseStatus.Afgehandeld), Officer, Start));
        Assert.Empty(await Register.TimelineAsync(Kracht, hostile));
        Assert.Empty(await Register.RetentionDueAsync(hostile, Start.AddYears(50), 10));
        Assert.Empty(await Register.FactsAsync(hostile, 2026));
        Assert.False(await Register.DeleteAsync(hostile));

        // Nothing was dropped or widened: the case is still there, and still only in its own organisation.
        Assert.Equal([created.Reference], await ReferencesAsync(Kracht, new CaseQuery(AssignedTo: "u-2")));
        Assert.NotNull(await Cases.GetAsync(created.Reference));
    }

    [Fact]
    public async Task Register_SetStatus_ClosesAndReopens_ReachesTheIntakeStatus_AndTheTimeline()
    {
        var created = await CreateAsync(Samples.Next());
        var closedAt = Start.AddDays(10);

        Assert.Equal(CaseChange.Changed, await Register.SetStatusAsync(Kracht, created.Reference, new StatusChange(CaseStatus.OntvangstBevestigd), Officer, Start.AddDays(1), expectedVersion: 1));
        Assert.Equal(CaseChange.Changed, await Register.SetStatusAsync(Kracht, created.Reference, new StatusChange(CaseStatus.Afgehandeld, CaseOutcome.DeelsGegrond, ComplaintNature.Communicatie), Officer, closedAt, expectedVersion: 2));

        var closed = (await Register.GetAsync(Kracht, created.Reference))!;
        Assert.Equal((CaseStatus.Afgehandeld, closedAt, CaseOutcome.DeelsGegrond, ComplaintNature.Communicatie, 3L, false), (closed.Case.Status, closed.ClosedAt!.Value, closed.Outcome!.Value, closed.Nature!.Value, closed.Version, closed.IsOpen));
        Assert.Equal(CaseStatus.Afgehandeld, (await Cases.GetAsync(created.Reference))!.Status);

        Assert.Equal(CaseChange.Changed, await Register.SetStatusAsync(Kracht, created.Reference, new StatusChange(CaseStatus.InBehandeling), Colleague, closedAt.AddDays(1)));
        var reopened = (await Register.GetAsync(Kracht, created.Reference))!;
        Assert.Equal(((DateTimeOffset?)null, (CaseOutcome?)null, ComplaintNature.Communicatie, closedAt.AddDays(1)), (reopened.ClosedAt, reopened.Outcome, reopened.Nature!.Value, reopened.UpdatedAt));

        var timeline = await Register.TimelineAsync(Kracht, created.Reference);
        Assert.Equal(
            [(TimelineEntryTypes.Created, (string?)null), (TimelineEntryTypes.Status, "ontvangst-bevestigd"), (TimelineEntryTypes.Status, "afgehandeld"), (TimelineEntryTypes.Status, "in-behandeling")],
            timeline.Select(e => (e.Type, e.Detail)));
        Assert.Equal(("u-2", "Daan Jansen"), (timeline[^1].ActorId, timeline[^1].ActorName));
    }

    [Fact]
    public async Task Register_StaleVersion_IsAConflict_AndSameValues_AreUnchanged()
    {
        var created = await CreateAsync(Samples.Next());
        await Register.AssignAsync(Kracht, created.Reference, Colleague, Officer, Start);

        Assert.Equal(CaseChange.Conflict, await Register.SetStatusAsync(Kracht, created.Reference, new StatusChange(CaseStatus.InBehandeling), Officer, Start, expectedVersion: 1));
        Assert.Equal(CaseChange.Unchanged, await Register.SetStatusAsync(Kracht, created.Reference, new StatusChange(CaseStatus.Nieuw), Officer, Start, expectedVersion: 2));
        Assert.Equal(CaseChange.Unchanged, await Register.AssignAsync(Kracht, created.Reference, Colleague, Officer, Start));

        var record = (await Register.GetAsync(Kracht, created.Reference))!;
        Assert.Equal((CaseStatus.Nieuw, 2L, "u-2", "Daan Jansen"), (record.Case.Status, record.Version, record.AssignedToId, record.AssignedToName));
    }

    [Fact]
    public async Task Register_AssignAndNote_AppendToTheTimeline_WithTheNoteText()
    {
        var created = await CreateAsync(Samples.Next());
        const string note = "Moeder gebeld; zij wil een gesprek met de teamleider. <script>alert(1)</script> 🙂 שלום";

        Assert.Equal(CaseChange.Changed, await Register.AssignAsync(Kracht, created.Reference, Colleague, Officer, Start.AddMinutes(1)));
        Assert.Equal(CaseChange.Changed, await Register.AddNoteAsync(Kracht, created.Reference, note, Officer, Start.AddMinutes(2)));
        Assert.Equal(CaseChange.Changed, await Register.AssignAsync(Kracht, created.Reference, null, Officer, Start.AddMinutes(3)));

        var timeline = await Register.TimelineAsync(Kracht, created.Reference);
        Assert.Equal(
            [(TimelineEntryTypes.Created, (string?)null), (TimelineEntryTypes.Assigned, "Daan Jansen"), (TimelineEntryTypes.Note, note), (TimelineEntryTypes.Assigned, null)],
            timeline.Select(e => (e.Type, e.Detail)));
        var record = (await Register.GetAsync(Kracht, created.Reference))!;
        Assert.Equal(((string?)null, 4L, Start.AddMinutes(3)), (record.AssignedToId, record.Version, record.UpdatedAt));
        await Assert.ThrowsAsync<ArgumentException>(() => Register.AddNoteAsync(Kracht, created.Reference, " ", Officer, Start));
        await Assert.ThrowsAsync<ArgumentException>(() => Register.AddNoteAsync(Kracht, created.Reference, new string('x', CaseLimits.NoteLength + 1), Officer, Start));
    }

    [Fact]
    public async Task Register_Assign_ToStaffOfAnotherOrganisation_IsRejected_AndChangesNothing()
    {
        var created = await CreateAsync(Samples.Next());

        await Assert.ThrowsAsync<ArgumentException>(() => Register.AssignAsync(Kracht, created.Reference, new IntakeBot.Casework.StaffActor("u-9", "Anna Smit", "blijf-groep"), Officer, Start));

        var record = (await Register.GetAsync(Kracht, created.Reference))!;
        Assert.Equal(((string?)null, 1L), (record.AssignedToId, record.Version));
        Assert.Single(await Register.TimelineAsync(Kracht, created.Reference));
    }

    [Fact]
    public async Task Register_AppendTimeline_NeedsNoScope_AndUnknownIsNotFound()
    {
        var created = await CreateAsync(Samples.Next());
        var failed = new TimelineEntry(Start.AddMinutes(5), TimelineEntryTypes.DeliveryFailed, "system:delivery", "Bezorging", "email: SMTP 451");

        Assert.Equal(CaseChange.Changed, await Register.AppendTimelineAsync(created.Reference, failed));
        Assert.Equal(CaseChange.NotFound, await Register.AppendTimelineAsync("KL-7F3K-9Q", failed));
        Assert.Equal(failed, (await Register.TimelineAsync(Kracht, created.Reference))[^1]);
    }

    [Fact]
    public async Task Register_WithdrawalThroughTheIntake_ClosesTheCase()
    {
        var created = await CreateAsync(Samples.Next());
        var before = await CreateAsync(Samples.Next());
        await Cases.WithdrawAsync(before.Reference, Start.AddHours(1));
        Assert.NotNull(await Register.GetAsync(Kracht, created.Reference));
        var at = Start.AddDays(2);

        await Cases.WithdrawAsync(created.Reference, at);

        var record = (await Register.GetAsync(Kracht, created.Reference))!;
        Assert.Equal((CaseStatus.Ingetrokken, at, 2L), (record.Case.Status, record.ClosedAt!.Value, record.Version));
        Assert.Equal([TimelineEntryTypes.Created, TimelineEntryTypes.Withdrawn], (await Register.TimelineAsync(Kracht, created.Reference)).Select(e => e.Type));
        var early = (await Register.GetAsync(Kracht, before.Reference))!;
        Assert.Equal((CaseStatus.Ingetrokken, Start.AddHours(1)), (early.Case.Status, early.ClosedAt!.Value));
        Assert.All(await Register.FactsAsync("kracht-den-haag", 2026), fact => Assert.Equal(CaseStatus.Ingetrokken, fact.Status));
    }

    [Fact]
    public async Task Register_Facts_AreAnonymous_PerYear_AndSurviveDeletion()
    {
        var anonymous = await CreateAsync(Samples.Next(Kind.Signaal, anonymous: true));
        var closed = await CreateAsync(Samples.Next());
        await CreateAsync(Samples.Next(createdAt: new DateTimeOffset(2027, 1, 3, 12, 0, 0, TimeSpan.Zero)));
        await CreateAsync(Samples.Next(organisationId: "blijf-groep"));
        await Register.SetStatusAsync(Kracht, closed.Reference, new StatusChange(CaseStatus.Afgehandeld, CaseOutcome.Opgelost, ComplaintNature.Bejegening), Officer, Start.AddDays(12));

        Assert.True(await Register.DeleteAsync(anonymous.Reference));
        Assert.True(await Register.DeleteAsync(closed.Reference));

        var facts = await Register.FactsAsync("kracht-den-haag", 2026);
        Assert.Equal(2, facts.Count);
        var signaal = Assert.Single(facts, f => f.Kind == Kind.Signaal);
        Assert.Equal((true, true, CaseStatus.Nieuw, new DateOnly(2026, 11, 22), "directline"), (signaal.Anonymous, signaal.Deleted, signaal.Status, signaal.SubmittedOn, signaal.ChannelId));
        var handled = Assert.Single(facts, f => f.Kind == Kind.Klacht);
        Assert.Equal(
            (false, true, CaseStatus.Afgehandeld, CaseOutcome.Opgelost, ComplaintNature.Bejegening, new DateOnly(2026, 12, 4), 12),
            (handled.Anonymous, handled.Deleted, handled.Status, handled.Outcome!.Value, handled.Nature!.Value, handled.ClosedOn!.Value, handled.HandlingDays!.Value));
        Assert.False(Assert.Single(await Register.FactsAsync("kracht-den-haag", 2027)).Deleted);
        Assert.Single(await Register.FactsAsync("blijf-groep", 2026));
    }

    [Fact]
    public async Task Register_Delete_RemovesTheCaseEventsDeliveriesAndTimeline()
    {
        var created = await CreateAsync(Samples.Next());
        var kept = await CreateAsync(Samples.Next());
        await Register.AddNoteAsync(Kracht, created.Reference, "Vertrouwelijk.", Officer, Start);
        var pending = await Cases.PendingEventsAsync(10);
        var eventId = pending.Single(e => e.Reference == created.Reference).Id;
        await Deliveries.SaveAsync(new IntakeBot.Casework.Delivery.DeliveryState(eventId, created.Reference, created.OrganisationId, IntakeBot.Casework.Delivery.DeliveryTargets.Email, 1, Start, Start.AddMinutes(1), null, "SMTP 451"));

        Assert.True(await Register.DeleteAsync(created.Reference.ToLowerInvariant()));

        Assert.Null(await Cases.GetAsync(created.Reference));
        Assert.Null(await Register.GetAsync(Kracht, created.Reference));
        Assert.Empty(await Register.TimelineAsync(Kracht, created.Reference));
        Assert.Empty(await Deliveries.ForCaseAsync(created.Reference));
        Assert.Equal([kept.Reference], (await Cases.PendingEventsAsync(10)).Select(e => e.Reference));
        Assert.Equal([kept.Reference], await ReferencesAsync(Kracht, new CaseQuery()));
        Assert.False(await Register.DeleteAsync(created.Reference));
        Assert.Equal(CaseChange.NotFound, await Register.AppendTimelineAsync(created.Reference, new TimelineEntry(Start, TimelineEntryTypes.Delivered, null, null, null)));
    }

    [Fact]
    public async Task Register_RetentionDue_CountsFromClosing_OrTheLastChange_PerOrganisation()
    {
        var closedEarly = await CreateAsync(Samples.Next());
        var untouched = await CreateAsync(Samples.Next(createdAt: Start.AddDays(2)));
        var noted = await CreateAsync(Samples.Next());
        await CreateAsync(Samples.Next(organisationId: "blijf-groep"));
        await Register.SetStatusAsync(Kracht, closedEarly.Reference, new StatusChange(CaseStatus.Afgehandeld), Officer, Start.AddDays(1));
        await Register.AddNoteAsync(Kracht, noted.Reference, "Nog bezig.", Officer, Start.AddDays(30));

        Assert.Equal([closedEarly.Reference, untouched.Reference], await Register.RetentionDueAsync("kracht-den-haag", Start.AddDays(10), 10));
        Assert.Equal([closedEarly.Reference], await Register.RetentionDueAsync("kracht-den-haag", Start.AddDays(10), 1));
        Assert.Empty(await Register.RetentionDueAsync("kracht-den-haag", Start.AddDays(1), 10));
        Assert.Single(await Register.RetentionDueAsync("blijf-groep", Start.AddDays(10), 10));
    }

    [Fact]
    public async Task Register_ConcurrentCalls_TakeEachCaseInOnce()
    {
        for (var i = 0; i < 5; i++)
        {
            await CreateAsync(Samples.Next(createdAt: Start.AddMinutes(i)));
        }

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Register.ListAsync(Kracht, new CaseQuery()))));

        Assert.Equal(5, (await Register.FactsAsync("kracht-den-haag", 2026)).Count);
        foreach (var record in (await Register.ListAsync(Kracht, new CaseQuery())).Cases)
        {
            Assert.Single(await Register.TimelineAsync(Kracht, record.Case.Reference));
        }
    }
}
