namespace IntakeBot.Storage.DirectLine;

/// <summary>One activity in a conversation's log.</summary>
/// <param name="Sequence">Its position in the log, from 1; the watermark after it.</param>
/// <param name="Type">The activity type, so that readers can filter (typing goes to sockets only) without parsing.</param>
/// <param name="Json">The activity in the Bot Framework wire format, exactly as clients receive it.</param>
public sealed record DirectLineRecord(long Sequence, string Type, string Json);
