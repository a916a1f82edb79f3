namespace IntakeBot.Understanding.Content;

/// <summary>The file <c>crisis.yaml</c>: crisis categories with phrases and help ids, and harmless figures of speech.</summary>
public sealed class CrisisDocument
{
    public Dictionary<string, CrisisCategoryDocument> Categories { get; set; } = [];

    public List<string> FalseAlarms { get; set; } = [];
}
