namespace IntakeBot.Dialogs;

/// <summary>The outcome of a dialog call: its status and, when complete, its result.</summary>
/// <param name="Status">Where the stack stands.</param>
/// <param name="Result">The result of a completed dialog.</param>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null);
