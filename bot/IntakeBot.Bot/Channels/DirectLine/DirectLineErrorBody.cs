namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>The <c>error</c> of a Direct Line ErrorResponse. Codes are stable; messages are for people.</summary>
internal sealed record DirectLineErrorBody(string Code, string Message);
