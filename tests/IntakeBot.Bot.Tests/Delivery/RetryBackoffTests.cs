using FsCheck;
using FsCheck.Fluent;
using IntakeBot.Casework.Delivery;

namespace IntakeBot.Bot.Tests.Delivery;

public sealed class RetryBackoffTests
{
    [Fact]
    public void Without_jitter_the_delays_double_from_30_seconds_up_to_one_hour()
    {
        var backoff = RetryBackoff.Default;

        var delays = Enumerable.Range(1, 10).Select(failures => backoff.DelayAfter(failures, 0)).ToArray();

        Assert.Equal(
            [
                TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(8),
                TimeSpan.FromMinutes(16), TimeSpan.FromMinutes(32), TimeSpan.FromHours(1), TimeSpan.FromHours(1), TimeSpan.FromHours(1),
            ],
            delays);
    }

    [Fact]
    public void Jitter_only_shortens_a_delay_by_at_most_a_fifth_and_never_passes_the_cap() =>
        Prop.ForAll(
            Gen.Choose(1, 10_000).ToArbitrary(),
            Gen.Choose(0, 999_999).ToArbitrary(),
            (failures, micro) =>
            {
                var backoff = RetryBackoff.Default;
                var random = micro / 1_000_000.0;
                var delay = backoff.DelayAfter(failures, random);
                var plain = backoff.DelayAfter(failures, 0);
                return delay <= backoff.Cap && delay <= plain && delay >= plain * 0.8 && delay > TimeSpan.Zero;
            })
        .QuickCheckThrowOnFailure();

    [Fact]
    public void A_delivery_becomes_alarming_after_the_set_number_of_failures_and_stops_once_delivered()
    {
        var backoff = RetryBackoff.Default;
        var state = new DeliveryState(1, "KL-7F3K-9Q", "kracht-den-haag", DeliveryTargets.Email, backoff.AlarmAfter - 1, null, null, null, "SMTP 451");

        Assert.False(backoff.IsAlarming(state));
        Assert.True(backoff.IsAlarming(state with { Attempts = backoff.AlarmAfter }));
        Assert.False(backoff.IsAlarming(state with { Attempts = backoff.AlarmAfter, DeliveredAt = DateTimeOffset.UnixEpoch }));
    }
}
