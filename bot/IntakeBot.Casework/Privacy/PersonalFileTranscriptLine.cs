namespace IntakeBot.Casework.Privacy;

/// <summary>One message of the conversation in an export: when, who (<see cref="User"/> or <see cref="Bot"/>) and the text with the buttons offered.</summary>
public sealed record PersonalFileTranscriptLine(DateTimeOffset At, string From, string Text)
{
    public const string User = "user";
    public const string Bot = "bot";
}
