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
    /// <summary>Value of a word read as a cardinal ("eenentwintig" = 21), or -1; computed once by the tokenizer.</summary>
    public long Cardinal { get; init; } = -1;

    /// <summary>Value of a word read as an ordinal ("derde" = 3), or -1; computed once by the tokenizer.</summary>
    public long Ordinal { get; init; } = -1;

    public bool IsWord(string word) => Kind == NumTokenKind.Word && Text == word;

    public bool IsSymbol(char c) => Kind == NumTokenKind.Symbol && Text.Length == 1 && Text[0] == c;
}
