namespace IntakeBot.Deployment.Tests.Operations;

/// <summary>A clock whose monotonic timestamps (what durations are measured with) move only when told.</summary>
internal sealed class ManualStopwatch : TimeProvider
{
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    public void Advance(TimeSpan delta) => Interlocked.Add(ref _ticks, delta.Ticks);
}
