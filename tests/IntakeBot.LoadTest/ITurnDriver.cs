namespace IntakeBot.LoadTest;

/// <summary>One channel the load runs through: starts a conversation and sends one message, returning when the bot's reply to it has arrived.</summary>
internal interface ITurnDriver
{
    Task<IConversationSession> StartAsync(int conversation, CancellationToken cancellationToken);
}

/// <summary>A conversation in progress.</summary>
internal interface IConversationSession : IAsyncDisposable
{
    /// <summary>Sends <paramref name="text"/> and waits for the bot's replies; returns their texts.</summary>
    /// <exception cref="LoadTurnException">An HTTP error, or no reply in time.</exception>
    Task<IReadOnlyList<string>> SendAsync(string text, CancellationToken cancellationToken);
}
