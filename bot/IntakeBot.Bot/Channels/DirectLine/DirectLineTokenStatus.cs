namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>What reading a bearer credential found.</summary>
internal enum DirectLineTokenStatus
{
    /// <summary>A valid token; its claims apply.</summary>
    Valid,

    /// <summary>A token with a good signature whose time is up ("TokenExpired").</summary>
    Expired,

    /// <summary>Not a token this server issued, or tampered with.</summary>
    Invalid,
}
