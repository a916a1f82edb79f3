namespace IntakeBot.Content.Model;

/// <summary>One text in one language, in the "je" and "u" register, with optional second wordings for a retry.</summary>
public sealed record TextEntry(string Je, string U, string? RetryJe = null, string? RetryU = null)
{
    /// <summary>The text for the register, or its retry wording when asked and present.</summary>
    public string For(Register register, bool retry = false) => (register, retry) switch
    {
        (Register.Je, true) when RetryJe is not null => RetryJe,
        (Register.U, true) when RetryU is not null => RetryU,
        (Register.Je, _) => Je,
        _ => U,
    };
}
