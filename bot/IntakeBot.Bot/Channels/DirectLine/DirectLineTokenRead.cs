namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>The outcome of reading a token.</summary>
/// <param name="Status">Valid, expired or invalid.</param>
/// <param name="Claims">The claims; set when the signature was good (also when expired).</param>
internal sealed record DirectLineTokenRead(DirectLineTokenStatus Status, DirectLineTokenClaims? Claims);
