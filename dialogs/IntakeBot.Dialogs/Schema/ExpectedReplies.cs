namespace IntakeBot.Dialogs.Schema;

/// <summary>The body of a response to an activity sent with <c>deliveryMode: expectReplies</c>.</summary>
/// <param name="Activities">The bot's replies in order.</param>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
