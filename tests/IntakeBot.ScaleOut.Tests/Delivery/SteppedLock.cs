using System.Threading.Channels;
using IntakeBot.Bot.Delivery;

namespace IntakeBot.ScaleOut.Tests.Delivery;

/// <summary>An outbox lock the test steps through: each attempt waits for <see cref="StepAsync"/> and reports its answer.</summary>
internal sealed class SteppedLock(IOutboxLock inner) : IOutboxLock
{
    private readonly SemaphoreSlim _gate = new(0);
    private readonly Channel<bool> _answers = Channel.CreateUnbounded<bool>();

    public async Task<bool> TryHoldAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        bool held;
        try
        {
            held = await inner.TryHoldAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            _answers.Writer.TryWrite(false);
            throw;
        }

        _answers.Writer.TryWrite(held);
        return held;
    }

    /// <summary>Lets one attempt run and returns whether it held the lock.</summary>
    public async Task<bool> StepAsync()
    {
        _gate.Release();
        return await _answers.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
    }
}
