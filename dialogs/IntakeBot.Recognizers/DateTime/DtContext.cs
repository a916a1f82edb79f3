namespace IntakeBot.Recognizers.DateTime;

/// <summary>
/// The reference moment the parsers resolve against, plus per-call memo tables: rules look at the same token
/// positions many times, and remembering the answers keeps one recognition linear and cheap.
/// </summary>
internal sealed record DtContext(System.DateTime Reference)
{
    public DateOnly Today { get; } = DateOnly.FromDateTime(Reference);

    /// <summary>Best match without open-range modifiers, per token index.</summary>
    public Dictionary<int, DtMatch?> BaseMatches { get; } = [];

    /// <summary>Date parsed at a token index.</summary>
    public Dictionary<int, DateParse?> Dates { get; } = [];
}
