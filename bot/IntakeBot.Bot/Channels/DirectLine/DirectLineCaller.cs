namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>Who is calling: a holder of the secret (may do anything), or of a token (one conversation, one user).</summary>
/// <param name="Credential">The secret or token as sent.</param>
/// <param name="Token">The token's claims; null for a secret.</param>
internal sealed record DirectLineCaller(string Credential, DirectLineTokenClaims? Token)
{
    public bool IsSecret => Token is null;

    /// <summary>True when the caller may use the conversation.</summary>
    public bool MayUse(string conversationId) => Token is null || string.Equals(Token.ConversationId, conversationId, StringComparison.Ordinal);
}
