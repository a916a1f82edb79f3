namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>What a Direct Line token grants: one conversation, as one user, until it expires.</summary>
/// <param name="ConversationId">The only conversation the token may use.</param>
/// <param name="UserId">The user; activities posted with the token are from this user.</param>
/// <param name="UserName">The user's display name, when the token was generated with one.</param>
/// <param name="ExpiresAt">When the token stops working.</param>
internal sealed record DirectLineTokenClaims(string ConversationId, string UserId, string? UserName, DateTimeOffset ExpiresAt);
