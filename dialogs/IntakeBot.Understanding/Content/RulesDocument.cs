namespace IntakeBot.Understanding.Content;

/// <summary>The file <c>rules.yaml</c>: labels, the unsure threshold and decisive cue rules.</summary>
public sealed class RulesDocument
{
    public List<string> Labels { get; set; } = [];

    public string FallbackLabel { get; set; } = "anders";

    public double UnsureThreshold { get; set; } = 0.5;

    /// <summary>Multiplies the scores before the softmax, so confidences match observed accuracy (calibration).</summary>
    public double ConfidenceScale { get; set; } = 1.0;

    public List<CueRuleDocument> Rules { get; set; } = [];
}
