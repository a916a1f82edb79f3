namespace IntakeBot.Content.Model;

/// <summary>One organisation's regulation as data (content/organisations/&lt;id&gt;.yaml).</summary>
public sealed record Organisation(
    string Id,
    string Name,
    string ShortName,
    string Source,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<OrganisationPart> Parts,
    IReadOnlyList<Destination> Destinations,
    IReadOnlyList<KindRule> Kinds,
    WhoMayComplain WhoMayComplain,
    IReadOnlyList<ConfidantRef> Confidants,
    RetentionFact Retention,
    CostsFact Costs,
    WithdrawalFact Withdrawal,
    AppealFact Appeal,
    IReadOnlyList<Discrepancy> Discrepancies,
    string? DefaultMunicipality = null,
    FileAccessFact? FileAccess = null)
{
    /// <summary>The destination with this id, or null.</summary>
    public Destination? FindDestination(string id) => Destinations.FirstOrDefault(d => d.Id == id);

    /// <summary>The kind rules for this kind (several when the organisation has several schemes).</summary>
    public IReadOnlyList<KindRule> RulesFor(Kind kind) => [.. Kinds.Where(k => k.Kind == kind)];
}
