namespace IntakeBot.Understanding.Content;

/// <summary>The file <c>normalisation.yaml</c>: chat spellings mapped to standard Dutch.</summary>
public sealed class NormalisationDocument
{
    public Dictionary<string, string> Spellings { get; set; } = [];
}
