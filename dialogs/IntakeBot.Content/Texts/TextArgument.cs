namespace IntakeBot.Content.Texts;

/// <summary>A named value for a placeholder <c>{name}</c>: either plain text or a date to format per language.</summary>
public sealed record TextArgument(string Name, string? Value = null, DateOnly? Date = null)
{
    /// <summary>A text argument.</summary>
    public static TextArgument Of(string name, string value) => new(name, value);

    /// <summary>A date argument.</summary>
    public static TextArgument OfDate(string name, DateOnly date) => new(name, null, date);
}
