namespace IntakeBot.Content.Model;

/// <summary>How an organisation handles one kind, optionally for one scheme (Jeugdwet or Wmo).</summary>
public sealed record KindRule(
    Kind Kind,
    string Source,
    IReadOnlyList<StepRule> Steps,
    FieldRule Fields,
    AnonymityRule Anonymity,
    IReadOnlyList<DeadlineRule> Deadlines,
    ConsentRule Consent,
    string? Scheme = null,
    IReadOnlyList<AgeGroup>? AgeGroups = null,
    bool? HandlingTermStated = null,
    TermFact? DecisionTermWeeks = null);
