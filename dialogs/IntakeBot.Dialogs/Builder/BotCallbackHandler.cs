namespace IntakeBot.Dialogs.Builder;

/// <summary>The bot's logic for one turn.</summary>
public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);
