namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>What happened to a posted activity.</summary>
internal enum DirectLinePostOutcome
{
    /// <summary>Logged and handled by the bot; its replies are in the log.</summary>
    Posted,

    /// <summary>Logged, but the bot failed (502).</summary>
    BotFailed,

    /// <summary>Refused: the conversation has ended.</summary>
    Ended,

    /// <summary>Refused: no such conversation.</summary>
    NotFound,
}
