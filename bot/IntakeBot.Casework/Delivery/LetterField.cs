namespace IntakeBot.Casework.Delivery;

/// <summary>One labelled value of a letter, e.g. "Wat is er gebeurd?" and the person's words (may span lines).</summary>
public sealed record LetterField(string Label, string Value);
