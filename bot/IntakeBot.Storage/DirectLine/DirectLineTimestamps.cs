namespace IntakeBot.Storage.DirectLine;

/// <summary>Keeps timestamps within a conversation strictly increasing, because Web Chat orders activities by them.</summary>
internal static class DirectLineTimestamps
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(1);

    /// <summary>The timestamp for the next activity: now, but at least one millisecond after the previous one.</summary>
    public static DateTimeOffset Next(DateTimeOffset previous, DateTimeOffset now, bool logIsEmpty)
    {
        var utcNow = now.ToUniversalTime();
        // Whole milliseconds: the wire format keeps them exactly and clients compare them as numbers.
        utcNow = new DateTimeOffset(utcNow.Ticks - (utcNow.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        return logIsEmpty || utcNow > previous ? utcNow : previous + Step;
    }
}
