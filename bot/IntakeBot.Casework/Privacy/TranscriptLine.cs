namespace IntakeBot.Casework.Privacy;

/// <summary>One readable line of a conversation: when, who (<see cref="User"/> or <see cref="Bot"/>) and the text.</summary>
public sealed record TranscriptLine(DateTimeOffset At, string From, string Text)
{
    public const string User = "user";
    public const string Bot = "bot";
}
