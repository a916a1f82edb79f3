namespace IntakeBot.Bot.Channels.BotConnector;

/// <summary>The outcome of <see cref="ServiceUrlPolicy.Check"/>: the normalised URL, or why it was refused.</summary>
internal sealed record ServiceUrlVerdict(Uri? Uri, string? Reason)
{
    public static ServiceUrlVerdict Refused(string reason) => new(null, reason);
}
