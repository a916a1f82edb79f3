namespace IntakeBot.Reliability.Tests.Support;

/// <summary>What a POST activities got: 200 with the echo's id, or a failure (status code, or an exception's type).</summary>
internal sealed record PostOutcome(string? EchoId, string? Failure)
{
    public bool Accepted => EchoId is not null;
}
