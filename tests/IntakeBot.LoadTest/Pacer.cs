using System.Diagnostics;

namespace IntakeBot.LoadTest;

/// <summary>
/// The open-loop schedule of one user: with <c>--rate R</c> and N users each user sends every N/R seconds, the users
/// offset evenly, so the server is offered R turns/s whatever its latency. A closed-loop user (no rate) sends at once.
/// </summary>
internal sealed class Pacer
{
    private readonly long _interval;
    private long _next;

    /// <param name="rate">Total turns/s offered, or null for closed loop.</param>
    /// <param name="users">Number of users sharing the rate.</param>
    /// <param name="user">This user's index (0-based), for its offset.</param>
    /// <param name="start">The common start, a <see cref="Stopwatch"/> timestamp.</param>
    public Pacer(int? rate, int users, int user, long start)
    {
        if (rate is { } perSecond)
        {
            _interval = (long)(Stopwatch.Frequency * (double)users / perSecond);
            _next = start + (_interval * user / Math.Max(1, users));
        }
    }

    /// <summary>True in open-loop mode.</summary>
    public bool Paced => _interval > 0;

    /// <summary>Waits for this user's next slot and returns the timestamp latency is measured from: the scheduled time (paced), or now.</summary>
    public async Task<long> NextAsync(CancellationToken cancellationToken)
    {
        if (!Paced)
        {
            return Stopwatch.GetTimestamp();
        }

        var scheduled = _next;
        _next += _interval;
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), scheduled);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
        }

        return scheduled;
    }
}
