namespace IntakeBot.Understanding.Content;

/// <summary>One file under <c>examples/</c> or <c>evaluation/</c>: messages per register for one label.</summary>
public sealed class ExampleFileDocument
{
    public string Label { get; set; } = "";

    public Dictionary<string, List<string>> Examples { get; set; } = [];
}
