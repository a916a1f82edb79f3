namespace IntakeBot.Recognizers.Number;

/// <summary>Kind of a <see cref="NumToken"/>.</summary>
internal enum NumTokenKind
{
    Word,
    Digits,
    Symbol,
}

/// <summary>
/// One token of the input: a lower-cased word, a numeric literal (already valued) or a single symbol.
/// <see cref="End"/> is exclusive.
/// </summary>
internal readonly record struct NumToken(NumTokenKind Kind, string Text, int Start, int End, double Value, bool PlainInteger)
{
    public bool IsWord(string word) => Kind == NumTokenKind.Word && Text == word;

    public bool IsSymbol(char c) => Kind == NumTokenKind.Symbol && Text.Length == 1 && Text[0] == c;
}
