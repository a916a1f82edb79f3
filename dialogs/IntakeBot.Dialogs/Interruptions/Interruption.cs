namespace IntakeBot.Dialogs.Interruptions;

/// <summary>A message that interrupts the current question.</summary>
/// <param name="Command">The command id, one of <see cref="InterruptionCommands"/> or an application's own (for example "crisis").</param>
/// <param name="Text">The text that triggered it.</param>
public sealed record Interruption(string Command, string Text);
