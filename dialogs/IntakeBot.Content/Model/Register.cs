namespace IntakeBot.Content.Model;

/// <summary>How the bot addresses the user: "je" for young people, "u" for parents and professionals.</summary>
public enum Register
{
    /// <summary>Informal "je".</summary>
    Je,
    /// <summary>Formal "u".</summary>
    U,
}
