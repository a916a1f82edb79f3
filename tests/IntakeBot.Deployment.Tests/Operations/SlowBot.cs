using IntakeBot.Dialogs.Builder;

namespace IntakeBot.Deployment.Tests.Operations;

/// <summary>A bot whose turn on "langzaam" waits until released, then replies "klaar"; other messages get "ok" at once.</summary>
internal sealed class SlowBot : IBot
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Started => _started.Task;

    public void Release() => _released.TrySetResult();

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (!turnContext.Activity.IsMessage)
        {
            return;
        }

        if (turnContext.Activity.Text == "langzaam")
        {
            _started.TrySetResult();
            await _released.Task.WaitAsync(cancellationToken);
            await turnContext.SendActivityAsync("klaar", cancellationToken: cancellationToken);
            return;
        }

        await turnContext.SendActivityAsync("ok", cancellationToken: cancellationToken);
    }
}
