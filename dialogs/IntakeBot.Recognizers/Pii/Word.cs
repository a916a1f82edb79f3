namespace IntakeBot.Recognizers.Pii;

/// <summary>A word of the input: letters, digits, and inner apostrophes, hyphens or dots. <see cref="End"/> exclusive.</summary>
internal readonly record struct Word(string Text, int Start, int End)
{
    public string Lower => Text.ToLowerInvariant();

    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    public bool IsAlphabetic
    {
        get
        {
            foreach (var c in Text)
            {
                if (!char.IsLetter(c) && c is not ('-' or '\''))
                {
                    return false;
                }
            }

            return Text.Length > 0 && char.IsLetter(Text[0]);
        }
    }

    public static List<Word> Split(string text)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || (text[i] is '-' or '\'' && i + 1 < text.Length && IsWordChar(text[i + 1]))))
            {
                i++;
            }

            words.Add(new Word(text[start..i], start, i));
        }

        return words;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) && !char.IsSurrogate(c);
}
