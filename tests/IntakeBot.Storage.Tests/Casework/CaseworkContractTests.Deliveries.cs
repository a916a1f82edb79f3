using IntakeBot.Casework;
using IntakeBot.Casework.Delivery;

namespace IntakeBot.Storage.Tests.Casework;

public abstract partial class CaseworkContractTests
{
    [Fact]
    public async Task Deliveries_SaveReplacesPerEventAndTarget_AndReadsBackEveryValue()
    {
        var first = Delivery(2, DeliveryTargets.Email, 1, error: "SMTP 451") with { NextAttemptAt = Start.AddMinutes(2) };
        var webhook = Delivery(1, DeliveryTargets.Webhook, 1, delivered: Start.AddSeconds(3));
        await Deliveries.SaveAsync(first);
        await Deliveries.SaveAsync(webhook);
        Assert.Equal(first, await Deliveries.GetAsync(2, DeliveryTargets.Email));

        var retried = Delivery(2, DeliveryTargets.Email, 2, delivered: Start.AddMinutes(2));
        await Deliveries.SaveAsync(retried);

        Assert.Equal(retried, await Deliveries.GetAsync(2, DeliveryTargets.Email));
        Assert.Null(await Deliveries.GetAsync(2, DeliveryTargets.Webhook));
        Assert.Equal([webhook, retried], await Deliveries.ForCaseAsync("KL-7F3K-9Q"));
        Assert.Empty(await Deliveries.ForCaseAsync("' OR '1'='1"));
    }

    [Fact]
    public async Task Deliveries_Failing_IsScoped_AndLeavesOutDeliveredAndUntried()
    {
        await Deliveries.SaveAsync(Delivery(1, DeliveryTargets.Email, 3, error: "SMTP 451"));
        await Deliveries.SaveAsync(Delivery(2, DeliveryTargets.Email, 1, delivered: Start));
        await Deliveries.SaveAsync(Delivery(3, DeliveryTargets.UserCopy, 0));
        await Deliveries.SaveAsync(Delivery(4, DeliveryTargets.Webhook, 2, error: "webhook 503") with { OrganisationId = "blijf-groep" });

        Assert.Equal([1L], (await Deliveries.FailingAsync(Kracht)).Select(s => s.EventId));
        Assert.Equal([4L], (await Deliveries.FailingAsync(Blijf)).Select(s => s.EventId));
        Assert.Equal([1L, 4L], (await Deliveries.FailingAsync(CaseScope.For("blijf-groep", "kracht-den-haag"))).Select(s => s.EventId));
        Assert.Empty(await Deliveries.FailingAsync(CaseScope.For("x' OR '1'='1")));
    }

    private static DeliveryState Delivery(long eventId, string target, int attempts, string? error = null, DateTimeOffset? delivered = null) =>
        new(eventId, "KL-7F3K-9Q", "kracht-den-haag", target, attempts, attempts > 0 ? Start : null, null, delivered, error);
}
