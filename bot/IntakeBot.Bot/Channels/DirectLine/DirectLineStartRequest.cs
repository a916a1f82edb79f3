using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>The optional body of tokens/generate and conversations: <c>{user:{id,name}, locale}</c>.</summary>
internal sealed record DirectLineStartRequest
{
    public ChannelAccount? User { get; init; }

    public string? Locale { get; init; }
}
