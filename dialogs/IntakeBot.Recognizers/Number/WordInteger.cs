namespace IntakeBot.Recognizers.Number;

/// <summary>
/// An integer written in words over one or more tokens. <see cref="WithoutLastWord"/> is the value of all words but the
/// last (null when that is not a number), used to read "twintig drie vijfde" as 20 + 3/5.
/// </summary>
internal readonly record struct WordInteger(long Value, int First, int Last, long? WithoutLastWord, long LastWordValue, bool EndsWithLargeScale, long LastScale);
