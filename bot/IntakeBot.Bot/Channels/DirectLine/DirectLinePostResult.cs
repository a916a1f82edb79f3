namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>The outcome of a post, with the activity's id when it was logged.</summary>
internal sealed record DirectLinePostResult(DirectLinePostOutcome Outcome, string? Id);
