namespace IntakeBot.Casework.Delivery;

/// <summary>A route step a letter can be addressed to (its id for <c>?step=</c> and its name).</summary>
public sealed record LetterStep(string StepId, string Name);
