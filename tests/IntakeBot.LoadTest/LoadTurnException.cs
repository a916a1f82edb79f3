namespace IntakeBot.LoadTest;

/// <summary>A turn that failed: the HTTP status or "timeout", counted per reason in the report.</summary>
internal sealed class LoadTurnException(string reason) : Exception(reason)
{
    public string Reason { get; } = reason;
}
