namespace IntakeBot.Casework.Transcripts;

/// <summary>Whether the bot received or sent an activity.</summary>
public enum TranscriptDirection
{
    /// <summary>From the user (or the channel) to the bot.</summary>
    Incoming,
    /// <summary>From the bot to the user.</summary>
    Outgoing,
}
