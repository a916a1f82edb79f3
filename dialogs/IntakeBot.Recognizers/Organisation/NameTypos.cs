namespace IntakeBot.Recognizers.Organisation;

/// <summary>How many typos an organisation name may have.</summary>
internal static class NameTypos
{
    /// <summary>Typos allowed for a name of this many letters: none for short names, so "akj" never meets "ak".</summary>
    public static int Allowed(int length) => length switch
    {
        <= 5 => 0,
        <= 8 => 1,
        <= 14 => 2,
        _ => 3,
    };
}
