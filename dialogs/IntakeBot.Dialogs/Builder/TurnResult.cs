using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Dialogs.Builder;

/// <summary>What a processed turn produced.</summary>
/// <param name="Replies">The bot's outgoing activities in order. For <c>expectReplies</c> these are the response body.</param>
/// <param name="InvokeResponse">The invoke response, when the incoming activity was an invoke and the bot set one.</param>
/// <param name="Attempts">How many times the turn ran; more than one when a state write conflicted and the turn was retried.</param>
public sealed record TurnResult(IReadOnlyList<Activity> Replies, InvokeResponse? InvokeResponse, int Attempts);
