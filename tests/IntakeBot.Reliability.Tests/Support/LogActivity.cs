namespace IntakeBot.Reliability.Tests.Support;

/// <summary>One activity of a conversation's Direct Line log, as a client reads it.</summary>
internal sealed record LogActivity(string Id, string Type, string? FromId, string? Text, string? ClientActivityId, string? CaseReference)
{
    public bool FromBot => FromId == DirectLineClient.BotId;
}
