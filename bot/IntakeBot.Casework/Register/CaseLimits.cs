namespace IntakeBot.Casework.Register;

/// <summary>Limits on what staff can write.</summary>
public static class CaseLimits
{
    /// <summary>The longest internal note, in characters.</summary>
    public const int NoteLength = 4000;

    /// <summary>The largest page of a case list.</summary>
    public const int MaxPage = 200;
}
