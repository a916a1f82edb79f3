namespace IntakeBot.Reliability.Tests.Concurrency;

/// <summary>One conversation of the double-post test.</summary>
internal sealed record DoublePostRun(int Index, string ConversationId, string Token)
{
    public List<DoublePost> Pairs { get; } = [];
}
