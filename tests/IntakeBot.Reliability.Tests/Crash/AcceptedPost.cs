namespace IntakeBot.Reliability.Tests.Crash;

/// <summary>A message the server took: the echo's id, its text, and whether the client saw the 200 or found it in the log after a failure.</summary>
internal sealed record AcceptedPost(int Step, string EchoId, string Text, bool Answered200);
