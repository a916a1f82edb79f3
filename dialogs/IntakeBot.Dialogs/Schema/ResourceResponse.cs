namespace IntakeBot.Dialogs.Schema;

/// <summary>The id a channel assigned to an activity the bot sent.</summary>
/// <param name="Id">The activity id; empty when the channel assigns none (for example buffered expectReplies).</param>
public sealed record ResourceResponse(string Id);
