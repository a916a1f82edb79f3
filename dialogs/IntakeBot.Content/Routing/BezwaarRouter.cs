using System.Globalization;
using IntakeBot.Content.Calendar;
using IntakeBot.Content.Model;
using IntakeBot.Content.Texts;
using IntakeBot.Content.Validation;

namespace IntakeBot.Content.Routing;

/// <summary>
/// A bezwaar goes to the municipality that took the decision, within the Awb term counted from the day after it was
/// sent (bezwaar.yaml). An organisation's own bezwaar steps (Kracht: call first) come before the common steps.
/// </summary>
internal sealed class BezwaarRouter(ContentCatalog catalog, WorkingDayCalendar calendar, DestinationResolver destinations)
{
    public RouteResult Route(Organisation organisation, RoutingAnswers answers, DateOnly referenceDate)
    {
        var rules = catalog.Bezwaar;
        var own = organisation.RulesFor(Kind.Bezwaar).FirstOrDefault();
        var ownSteps = own?.Steps ?? [];
        var stepRules = ownSteps.Concat(rules.Steps.Where(s => ownSteps.All(o => o.Id != s.Id))).ToList();
        var notices = new List<TextRef> { TextRef.Of(RouterTextKeys.BezwaarNotProvider) };
        var steps = StepPlanner.Plan(organisation, stepRules, answers with { WantsExternalCommission = false }, destinations, notices);

        if (destinations.FindMunicipality(organisation, answers) is null)
        {
            notices.Add(TextRef.Of(RouterTextKeys.BezwaarMunicipalityUnknown));
        }

        var deadlines = new List<RoutedDeadline>();
        if (answers.DecisionDate is { } decisionDate)
        {
            deadlines.Add(Deadline(rules, decisionDate, referenceDate, notices));
        }
        else
        {
            notices.Add(TextRef.Of(RouterTextKeys.BezwaarDateUnknown, Weeks(rules)));
        }

        if (answers.WantsAnonymity)
        {
            notices.Add(TextRef.Of(Notices.AnonymityKey(rules.Anonymity.Rule), TextArgument.Of("organisation", organisation.ShortName)));
        }

        // "date" and "signature" are filled in (DigiD online), not asked.
        IReadOnlyList<string> required = [.. (own?.Fields.Required ?? rules.Contents.Required).Where(f => !FieldQuestions.NotAsked.Contains(f))];
        return new RouteResult(
            organisation.Id,
            Kind.Bezwaar,
            null,
            KindDescribed: true,
            steps,
            deadlines,
            notices,
            [],
            required,
            own?.Fields.Optional ?? []);
    }

    private RoutedDeadline Deadline(BezwaarRules rules, DateOnly decisionDate, DateOnly referenceDate, List<TextRef> notices)
    {
        // Counting from the day after sending, the term ends on the same weekday n weeks after the decision date.
        var end = calendar.Add(decisionDate, rules.Term.Amount, rules.Term.Unit);
        // Algemene termijnenwet art. 1: a term that ends on a Saturday, Sunday or public holiday runs on to the next
        // day that is none of these.
        while (!calendar.IsWorkingDay(end))
        {
            end = end.AddDays(1);
        }

        var late = referenceDate > end;
        if (late)
        {
            notices.Add(TextRef.Of(RouterTextKeys.BezwaarLate, TextArgument.OfDate("date", end)));
        }

        var text = TextRef.Of(
            late ? RouterTextKeys.BezwaarDeadlinePassed : RouterTextKeys.BezwaarDeadline,
            TextArgument.OfDate("date", end),
            TextArgument.OfDate("decisionDate", decisionDate),
            Weeks(rules));
        return new RoutedDeadline("bezwaar", end, rules.Term.Amount, rules.Term.Unit, false, text, rules.Term.Source);
    }

    private static TextArgument Weeks(BezwaarRules rules) =>
        TextArgument.Of("amount", rules.Term.Amount.ToString(CultureInfo.InvariantCulture));
}
