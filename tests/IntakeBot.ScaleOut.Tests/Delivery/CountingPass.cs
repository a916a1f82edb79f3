using System.Threading.Channels;
using IntakeBot.Casework.Delivery;

namespace IntakeBot.ScaleOut.Tests.Delivery;

/// <summary>An outbox pass that only counts: the test reads how many passes an instance ran.</summary>
internal sealed class CountingPass
{
    private readonly Channel<int> _runs = Channel.CreateUnbounded<int>();
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public Task<OutboxPassResult> RunAsync(CancellationToken cancellationToken)
    {
        _runs.Writer.TryWrite(Interlocked.Increment(ref _count));
        return Task.FromResult(new OutboxPassResult(0, 0, 0, 0));
    }

    /// <summary>Waits for the next pass.</summary>
    public Task<int> NextAsync() => _runs.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
}
