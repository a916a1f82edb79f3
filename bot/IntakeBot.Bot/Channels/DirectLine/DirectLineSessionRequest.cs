namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>The optional body of the page's session endpoints: <c>{locale}</c> to start, <c>{token}</c> to refresh.</summary>
internal sealed record DirectLineSessionRequest
{
    public string? Locale { get; init; }

    public string? Token { get; init; }
}
