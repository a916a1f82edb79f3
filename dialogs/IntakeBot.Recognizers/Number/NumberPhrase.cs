namespace IntakeBot.Recognizers.Number;

/// <summary>A number found in a token list: its value and the first and last token it spans (inclusive).</summary>
internal readonly record struct NumberPhrase(double Value, int First, int Last);
