namespace IntakeBot.Recognizers.Choice;

/// <summary>A yes/no answer found in text. <see cref="End"/> is inclusive, as in Recognizers-Text.</summary>
public sealed record BooleanRecognition(bool Value, string Text, int Start, int End, double Score);
