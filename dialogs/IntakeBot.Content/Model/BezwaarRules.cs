namespace IntakeBot.Content.Model;

/// <summary>bezwaar.yaml: the Awb rules and the growable municipalities table.</summary>
public sealed record BezwaarRules(
    BezwaarTerm Term,
    BezwaarLate Late,
    AnonymityRule Anonymity,
    BezwaarContents Contents,
    IReadOnlyList<StepRule> Steps,
    IReadOnlyList<Municipality> Municipalities);
