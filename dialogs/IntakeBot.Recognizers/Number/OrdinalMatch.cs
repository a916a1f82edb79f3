namespace IntakeBot.Recognizers.Number;

/// <summary>An ordinal over tokens <see cref="First"/>..<see cref="Last"/> (inclusive).</summary>
internal readonly record struct OrdinalMatch(long Value, int First, int Last);
