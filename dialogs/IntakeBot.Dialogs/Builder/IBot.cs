namespace IntakeBot.Dialogs.Builder;

/// <summary>A bot: handles one turn at a time.</summary>
public interface IBot
{
    /// <summary>Handles the incoming activity of <paramref name="turnContext"/>.</summary>
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
