namespace IntakeBot.Reliability.Tests.Concurrency;

/// <summary>Two messages posted to one conversation at the same instant, with the ids of their echoes.</summary>
internal sealed record DoublePost(string First, string FirstEchoId, string Second, string SecondEchoId);
