namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>How long the cross-instance listener waits before reconnecting: doubling from half a second up to 30 seconds.</summary>
internal static class DirectLineNotifierBackoff
{
    private static readonly TimeSpan First = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    /// <summary>The wait after <paramref name="failures"/> failures in a row (1 or more).</summary>
    public static TimeSpan Delay(int failures)
    {
        var doublings = Math.Clamp(failures - 1, 0, 10);
        var delay = First * (1 << doublings);
        return delay < Longest ? delay : Longest;
    }
}
