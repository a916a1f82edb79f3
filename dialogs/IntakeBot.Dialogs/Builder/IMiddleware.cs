namespace IntakeBot.Dialogs.Builder;

/// <summary>A step in the adapter's pipeline that runs before (and around) the bot on every turn.</summary>
public interface IMiddleware
{
    /// <summary>Does the middleware's work and calls <paramref name="next"/> to continue the pipeline, or not to end it.</summary>
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default);
}
