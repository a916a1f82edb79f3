using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Dialogs.Choices;

/// <summary>One option of a choice prompt.</summary>
public sealed record Choice
{
    /// <summary>The value returned when chosen; also the button label unless <see cref="Action"/> is set.</summary>
    public required string Value { get; init; }

    /// <summary>The button to show instead of a default imBack button.</summary>
    public CardAction? Action { get; init; }

    /// <summary>Other words that choose this option, for example "klagen" for "Klacht".</summary>
    public IReadOnlyList<string>? Synonyms { get; init; }

    /// <summary>A choice with only a value.</summary>
    public static Choice Of(string value, params string[] synonyms) => new() { Value = value, Synonyms = synonyms.Length > 0 ? synonyms : null };
}
