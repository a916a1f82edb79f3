using IntakeBot.Casework.Delivery;
using IntakeBot.Casework.Memory;
using IntakeBot.Testing.Cases;

namespace IntakeBot.Casework.Tests.Memory;

public sealed class MemoryDeliveryLogTests
{
    private static readonly DateTimeOffset At = SampleCases.Start;

    [Fact]
    public async Task Save_ReplacesPerEventAndTarget_AndForCaseOrdersByEvent()
    {
        var log = new MemoryDeliveryLog();
        await log.SaveAsync(State(2, DeliveryTargets.Email, attempts: 1, error: "SMTP 451"));
        await log.SaveAsync(State(1, DeliveryTargets.Webhook, attempts: 1, delivered: At));
        await log.SaveAsync(State(2, DeliveryTargets.Email, attempts: 2, delivered: At.AddMinutes(5)));

        Assert.Equal(2, (await log.GetAsync(2, DeliveryTargets.Email))!.Attempts);
        Assert.Null(await log.GetAsync(2, DeliveryTargets.Webhook));
        Assert.Equal([1L, 2L], (await log.ForCaseAsync("KL-7F3K-9Q")).Select(s => s.EventId));
    }

    [Fact]
    public async Task Failing_IsScoped_AndLeavesOutDeliveredAndUntried()
    {
        var log = new MemoryDeliveryLog();
        await log.SaveAsync(State(1, DeliveryTargets.Email, attempts: 3, error: "SMTP 451"));
        await log.SaveAsync(State(2, DeliveryTargets.Email, attempts: 1, delivered: At));
        await log.SaveAsync(State(3, DeliveryTargets.Email, attempts: 0));
        await log.SaveAsync(State(4, DeliveryTargets.Webhook, attempts: 1, error: "webhook 503") with { OrganisationId = "blijf-groep" });

        Assert.Equal([1L], (await log.FailingAsync(CaseScope.For("kracht-den-haag"))).Select(s => s.EventId));
        Assert.Equal([4L], (await log.FailingAsync(CaseScope.For("blijf-groep"))).Select(s => s.EventId));
    }

    [Fact]
    public async Task BadStates_AreRejected()
    {
        var log = new MemoryDeliveryLog();

        await Assert.ThrowsAsync<ArgumentException>(() => log.SaveAsync(State(1, string.Empty, attempts: 0)));
        await Assert.ThrowsAsync<ArgumentException>(() => log.SaveAsync(State(1, DeliveryTargets.Email, attempts: -1)));
        await Assert.ThrowsAsync<ArgumentException>(() => log.SaveAsync(State(1, DeliveryTargets.Email, attempts: 1, error: new string('e', 501))));
    }

    private static DeliveryState State(long eventId, string target, int attempts, string? error = null, DateTimeOffset? delivered = null) =>
        new(eventId, "KL-7F3K-9Q", "kracht-den-haag", target, attempts, attempts > 0 ? At : null, null, delivered, error);
}
