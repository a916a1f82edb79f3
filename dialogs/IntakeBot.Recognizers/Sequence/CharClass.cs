namespace IntakeBot.Recognizers.Sequence;

/// <summary>Character tests shared by the hand-written sequence scanners (ASCII-only where formats demand it).</summary>
internal static class CharClass
{
    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    public static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    public static bool IsAsciiLetterOrDigit(char c) => IsAsciiDigit(c) || IsAsciiLetter(c);

    /// <summary>True when the character at <paramref name="index"/> would glue a match to a neighbouring word.</summary>
    public static bool IsWordAt(string text, int index) =>
        index >= 0 && index < text.Length && (char.IsLetterOrDigit(text[index]) || text[index] == '_');

    public static ModelResult Result(string text, int start, int endExclusive, string typeName, IReadOnlyDictionary<string, object?> resolution) =>
        new(text[start..endExclusive], start, endExclusive - 1, typeName, resolution);
}
