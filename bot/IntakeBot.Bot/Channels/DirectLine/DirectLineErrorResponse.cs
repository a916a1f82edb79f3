namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>The Direct Line ErrorResponse: <c>{"error":{"code","message"}}</c>.</summary>
internal sealed record DirectLineErrorResponse(DirectLineErrorBody Error);
