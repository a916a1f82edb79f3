using IntakeBot.Intake.Cases;
using IntakeBot.Testing.Cases;

namespace IntakeBot.Storage.Tests.Cases;

public abstract partial class CaseStoreContractTests
{
    [Fact]
    public async Task Events_CreatedAndWithdrawn_ComeInOrder_WithTheOrganisation()
    {
        var a = Samples.Next(organisationId: "zorgkracht12");
        var b = Samples.Next(organisationId: "blijf-groep", createdAt: SampleCases.Start.AddMinutes(1));
        var withdrawnAt = SampleCases.Start.AddDays(1);
        await Store.CreateAsync(a);
        await Store.CreateAsync(b);
        await Store.WithdrawAsync(a.Reference, withdrawnAt);

        var events = await Store.PendingEventsAsync(10);

        Assert.Equal(
            [(a.Reference, "zorgkracht12", CaseEventTypes.Created, a.CreatedAt), (b.Reference, "blijf-groep", CaseEventTypes.Created, b.CreatedAt), (a.Reference, "zorgkracht12", CaseEventTypes.Withdrawn, withdrawnAt)],
            events.Select(e => (e.Reference, e.OrganisationId, e.Type, e.At)));
        Assert.True(events[0].Id < events[1].Id && events[1].Id < events[2].Id);
    }

    [Fact]
    public async Task Events_Delivered_AreNoLongerPending_AndMaxLimits()
    {
        for (var i = 0; i < 5; i++)
        {
            await Store.CreateAsync(Samples.Next(createdAt: SampleCases.Start.AddMinutes(i)));
        }

        var firstTwo = await Store.PendingEventsAsync(2);
        Assert.Equal(2, firstTwo.Count);

        await Store.MarkDeliveredAsync(firstTwo[0].Id, SampleCases.Start.AddHours(1));
        await Store.MarkDeliveredAsync(firstTwo[0].Id, SampleCases.Start.AddHours(2));
        await Store.MarkDeliveredAsync(-42, SampleCases.Start.AddHours(2));

        var pending = await Store.PendingEventsAsync(10);
        Assert.Equal(4, pending.Count);
        Assert.Equal(firstTwo[1].Id, pending[0].Id);
        Assert.DoesNotContain(pending, e => e.Id == firstTwo[0].Id);
        Assert.Empty(await Store.PendingEventsAsync(0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.PendingEventsAsync(-1));
    }

    [Fact]
    public async Task Events_OfAFailedCreate_AreNotWritten()
    {
        var first = Samples.Next();
        await Store.CreateAsync(first);
        await Assert.ThrowsAsync<DuplicateCaseReferenceException>(() => Store.CreateAsync(Samples.Next() with { Reference = first.Reference }));

        Assert.Equal([CaseEventTypes.Created], (await Store.PendingEventsAsync(10)).Select(e => e.Type));
    }
}
