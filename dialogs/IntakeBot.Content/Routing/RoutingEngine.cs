using IntakeBot.Content.Calendar;
using IntakeBot.Content.Model;
using IntakeBot.Content.Texts;

namespace IntakeBot.Content.Routing;

/// <summary>
/// Turns an organisation, a kind and the user's answers into a route: ordered steps with channels and reasons,
/// deadlines as real dates and notices. Everything comes from content; the reference date comes from the caller
/// (who reads it from its <see cref="TimeProvider"/>).
/// </summary>
public sealed class RoutingEngine(ContentCatalog catalog)
{
    private readonly WorkingDayCalendar _calendar = new(catalog.Calendar);
    private readonly DestinationResolver _destinations = new(catalog);

    /// <summary>The working-day calendar the engine counts with.</summary>
    public WorkingDayCalendar Calendar => _calendar;

    /// <summary>Routes one message.</summary>
    /// <exception cref="KeyNotFoundException">The organisation id is unknown.</exception>
    public RouteResult Route(string organisationId, Kind kind, RoutingAnswers answers, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var organisation = catalog.Organisation(organisationId);
        if (kind == Kind.Bezwaar)
        {
            return new BezwaarRouter(catalog, _calendar, _destinations).Route(organisation, answers, referenceDate);
        }

        var rules = organisation.RulesFor(kind);
        if (rules.Count == 0)
        {
            return NotDescribed(organisation, kind, answers);
        }

        var notices = new List<TextRef>();
        var rule = SchemeSelector.Select(rules, answers, notices);
        var steps = StepPlanner.Plan(organisation, rule.Steps, answers, _destinations, notices);
        var deadlines = DeadlinePlanner.Plan(organisation, rule, steps, referenceDate, _calendar, notices);
        Notices.Add(organisation, rule, answers, notices);

        return new RouteResult(
            organisation.Id,
            kind,
            rule.Scheme,
            KindDescribed: true,
            steps,
            deadlines,
            notices,
            Confidants(organisation, rule.Scheme, answers),
            rule.Fields.Required,
            rule.Fields.Optional);
    }

    internal IReadOnlyList<RoutedDestination> Confidants(Organisation organisation, string? scheme, RoutingAnswers answers) =>
    [
        .. organisation.Confidants
            .Where(c => c.Schemes is null || (scheme is not null && c.Schemes.Contains(scheme)))
            .Where(c => c.Parts is null || (answers.Part is not null && c.Parts.Contains(answers.Part)))
            .Select(c => _destinations.Resolve(organisation, c.Destination, answers)),
    ];

    private RouteResult NotDescribed(Organisation organisation, Kind kind, RoutingAnswers answers)
    {
        var organisationName = TextArgument.Of("organisation", organisation.ShortName);
        // Ask where the organisation's lighter kinds go, else where its complaints go.
        var target = organisation.Kinds
            .OrderBy(k => k.Kind == Kind.Klacht ? 1 : 0)
            .Select(k => k.Steps.FirstOrDefault(s => !s.Skippable)?.Destination)
            .FirstOrDefault(d => d is not null);
        var steps = organisation.Destinations
            .Where(d => d.Id == target)
            .Select(d => new RoutedStep(
                1,
                "ask-organisation",
                _destinations.Resolve(organisation, d.Id, answers),
                StepStatus.Required,
                TextRef.Of(RouterTextKeys.KindNotInRegulation, organisationName),
                organisation.Source))
            .ToList();
        return new RouteResult(organisation.Id, kind, null, KindDescribed: false, steps, [], [], Confidants(organisation, null, answers), ["description"], []);
    }
}
