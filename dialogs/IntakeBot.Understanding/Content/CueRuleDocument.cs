namespace IntakeBot.Understanding.Content;

/// <summary>One decisive cue rule: every group in <see cref="All"/> must match and nothing in <see cref="None"/>.</summary>
public sealed class CueRuleDocument
{
    public string Id { get; set; } = "";

    public string Label { get; set; } = "";

    public double Boost { get; set; }

    public List<List<string>> All { get; set; } = [];

    public List<string> None { get; set; } = [];
}
