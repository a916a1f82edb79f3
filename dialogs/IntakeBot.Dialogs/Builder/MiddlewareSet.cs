namespace IntakeBot.Dialogs.Builder;

/// <summary>An ordered list of middleware that runs before the bot callback.</summary>
public sealed class MiddlewareSet
{
    private readonly List<IMiddleware> _middleware = [];

    /// <summary>Appends <paramref name="middleware"/> to the pipeline.</summary>
    public MiddlewareSet Use(IMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _middleware.Add(middleware);
        return this;
    }

    /// <summary>Runs every middleware in order, then <paramref name="callback"/> unless a middleware ended the turn.</summary>
    public Task ReceiveActivityAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        return RunAsync(0, cancellationToken);

        Task RunAsync(int index, CancellationToken token)
        {
            if (index == _middleware.Count)
            {
                return callback(turnContext, token);
            }

            return _middleware[index].OnTurnAsync(turnContext, next => RunAsync(index + 1, next), token);
        }
    }
}
