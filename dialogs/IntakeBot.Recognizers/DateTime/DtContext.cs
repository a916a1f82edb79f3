namespace IntakeBot.Recognizers.DateTime;

/// <summary>The reference moment the parsers resolve against.</summary>
internal sealed record DtContext(System.DateTime Reference)
{
    public DateOnly Today { get; } = DateOnly.FromDateTime(Reference);
}
