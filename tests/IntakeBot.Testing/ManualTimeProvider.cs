namespace IntakeBot.Testing;

/// <summary>
/// A clock that stands still until a test moves it (Microsoft.Extensions.TimeProvider.Testing is not available here).
/// Local time is Europe/Amsterdam unless another zone is given. Timers are not faked.
/// </summary>
public sealed class ManualTimeProvider(DateTimeOffset start, TimeZoneInfo? localTimeZone = null) : TimeProvider
{
    private readonly TimeZoneInfo _localTimeZone = localTimeZone ?? TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private DateTimeOffset _now = start;

    /// <summary>Sunday 22 November 2026, 10:00 in Amsterdam (09:00 UTC).</summary>
    public static DateTimeOffset DefaultStart { get; } = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A clock at <see cref="DefaultStart"/>.</summary>
    public ManualTimeProvider()
        : this(DefaultStart)
    {
    }

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => _localTimeZone;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves the clock forward.</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        _now += delta;
    }

    /// <summary>Sets the clock.</summary>
    public void SetUtcNow(DateTimeOffset value) => _now = value;
}
