namespace IntakeBot.Casework.Delivery;

/// <summary>
/// When to try a failed delivery again: <see cref="First"/> after the first failure, doubling each time, never more
/// than <see cref="Cap"/>. A random part (up to a fifth shorter) keeps many failed deliveries from retrying in the same
/// second. From <see cref="AlarmAfter"/> failures on a delivery keeps retrying at the cap and counts as alarming.
/// </summary>
public sealed record RetryBackoff(TimeSpan First, TimeSpan Cap, int AlarmAfter)
{
    /// <summary>30 s, 1 min, 2 min, 4 min … up to 1 hour; alarming after 8 failures (about 1.5 hours of trying).</summary>
    public static RetryBackoff Default { get; } = new(TimeSpan.FromSeconds(30), TimeSpan.FromHours(1), 8);

    /// <summary>The wait after <paramref name="failures"/> failures (1 or more); <paramref name="random"/> in [0, 1).</summary>
    public TimeSpan DelayAfter(int failures, double random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failures, 1);
        var doublings = Math.Min(failures - 1, 30);
        var raw = Math.Min(First.TotalMilliseconds * Math.Pow(2, doublings), Cap.TotalMilliseconds);
        var jitter = 1 - (0.2 * Math.Clamp(random, 0, 1));
        return TimeSpan.FromMilliseconds(Math.Max(1, raw * jitter));
    }

    /// <summary>True for a delivery not yet done that has failed <see cref="AlarmAfter"/> times or more.</summary>
    public bool IsAlarming(DeliveryState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.DeliveredAt is null && state.Attempts >= AlarmAfter;
    }
}
