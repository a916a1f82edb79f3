namespace IntakeBot.Casework.Delivery;

/// <summary>What one dispatcher pass did: events read, sends that worked and failed, and events completed.</summary>
public sealed record OutboxPassResult(int Events, int Sent, int Failed, int Completed);
