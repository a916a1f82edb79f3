namespace IntakeBot.Storage.DirectLine;

/// <summary>One Direct Line conversation as the store keeps it.</summary>
/// <param name="Id">The conversation id.</param>
/// <param name="UserId">The user the conversation was started for.</param>
/// <param name="CreatedAt">When it was started.</param>
/// <param name="LastActivityAt">The timestamp of the last activity appended (or <paramref name="CreatedAt"/>); retention counts from here.</param>
/// <param name="LastSequence">The sequence number of the last activity appended; 0 when the log is empty. This is the watermark.</param>
/// <param name="Ended">True once the user ended the conversation; nothing more may be posted.</param>
public sealed record DirectLineConversation(
    string Id, string UserId, DateTimeOffset CreatedAt, DateTimeOffset LastActivityAt, long LastSequence, bool Ended);
