using System.Globalization;
using IntakeBot.Content.Model;
using IntakeBot.Content.Routing;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Intake.Conversation;

/// <summary>
/// What the organisation's regulation asks for the chosen kind, given the answers so far: the route, the fields
/// in the order they are asked, and which of the yes/no questions apply.
/// </summary>
internal sealed class CasePlan
{
    private CasePlan(Organisation organisation, Kind kind, KindRule? rule, RouteResult route, IReadOnlyList<(string Field, bool Optional)> fields)
    {
        Organisation = organisation;
        Kind = kind;
        Rule = rule;
        Route = route;
        Fields = fields;
    }

    public Organisation Organisation { get; }
    public Kind Kind { get; }
    public KindRule? Rule { get; }
    public RouteResult Route { get; }
    public IReadOnlyList<(string Field, bool Optional)> Fields { get; }

    public static CasePlan For(IntakeState state, IntakeServices services)
    {
        var organisation = services.Catalog.Organisation(state.OrganisationId!);
        var kind = state.Kind!.Value;
        var route = services.Routing.Route(organisation.Id, kind, Answers(state, organisation), services.Today);
        var rule = kind == Kind.Bezwaar
            ? organisation.RulesFor(kind).FirstOrDefault()
            : organisation.RulesFor(kind).FirstOrDefault(r => r.Scheme == route.Scheme) ?? organisation.RulesFor(kind).FirstOrDefault();
        return new CasePlan(organisation, kind, rule, route, PlanFields(state, route));
    }

    /// <summary>What the user told that matters for routing.</summary>
    public static RoutingAnswers Answers(IntakeState state, Organisation organisation) => new(
        Role: state.Role,
        AgeGroup: state.AgeGroup,
        AlreadyTalkedToEmployee: state.TalkedFirst,
        WantsAnonymity: state.WantsAnonymity == true,
        WantsExternalCommission: state.WantsExternal == true,
        DecisionDate: state.Fields.TryGetValue(CaseFieldNames.DecisionDate, out var date) && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null,
        Municipality: organisation.DefaultMunicipality,
        Part: state.Fields.GetValueOrDefault(CaseFieldNames.Part));

    /// <summary>True when the organisation has several schemes for complaints (chosen by the client's age).</summary>
    public bool NeedsAge => Kind == Kind.Klacht && Organisation.RulesFor(Kind.Klacht).Count(r => r.Scheme is not null) > 1;

    /// <summary>True when the regulation advises talking to the employee first.</summary>
    public bool HasTalkFirstStep => Kind == Kind.Klacht && Rule is not null && Rule.Steps.Any(s =>
        Organisation.FindDestination(s.Destination)?.Role is DestinationRole.Employee or DestinationRole.Manager);

    /// <summary>True when the user may go straight to an external commission.</summary>
    public bool HasDirectExternal => Kind == Kind.Klacht && Rule is not null && Rule.Steps.Any(s => s.DirectAccess && s.Skippable);

    /// <summary>True when the bot asks whether the user wants to stay anonymous.</summary>
    public bool AsksAnonymity => (Kind, Rule?.Anonymity.Rule ?? AnonymityRuleKind.NotStated) switch
    {
        (Kind.Klacht, AnonymityRuleKind.Allowed or AnonymityRuleKind.RegisteredNotHandled) => true,
        (Kind.Signaal, not AnonymityRuleKind.NotAllowed) => true,
        _ => false,
    };

    /// <summary>True when anonymous is not possible and the bot says so, kindly, before asking the name.</summary>
    public bool AnonymityNotAllowed => Kind == Kind.Bezwaar || Rule?.Anonymity.Rule == AnonymityRuleKind.NotAllowed;

    /// <summary>True when the regulation asks consent before sharing.</summary>
    public bool AsksConsent => Kind == Kind.Klacht && Rule?.Consent.WrittenBeforeSharing == true;

    /// <summary>True when a confidant is offered.</summary>
    public bool OffersConfidant => Kind is Kind.Klacht or Kind.Bezwaar && Route.Confidants.Count > 0;

    private static List<(string, bool)> PlanFields(IntakeState state, RouteResult route)
    {
        var required = route.RequiredFields.ToHashSet(StringComparer.Ordinal);
        var optional = route.OptionalFields.ToHashSet(StringComparer.Ordinal);
        if (route.Kind == Kind.Bezwaar && route.Late)
        {
            required.Add(CaseFieldNames.LateReason);
        }

        var anonymous = state.WantsAnonymity == true;
        var fields = new List<(string, bool)>();
        foreach (var field in FieldOrder.Asked.Concat(required.Concat(optional).Where(f => !FieldOrder.Asked.Contains(f)).Order(StringComparer.Ordinal)))
        {
            if (FieldOrder.FilledIn.Contains(field) || (anonymous && CaseFieldNames.Personal.Contains(field)))
            {
                continue;
            }

            if (required.Contains(field))
            {
                fields.Add((field, false));
            }
            else if (optional.Contains(field))
            {
                fields.Add((field, true));
            }
        }

        return fields;
    }
}
