using IntakeBot.Content.Calendar;
using IntakeBot.Content.Model;
using IntakeBot.Content.Texts;

namespace IntakeBot.Content.Routing;

/// <summary>
/// Computes the deadlines the regulation states as dates. A deadline belongs to the step the message goes to
/// (or to its <see cref="DeadlineRule.OnlyForStep"/>); where no handling term is stated the user hears that the
/// organisation will tell them.
/// </summary>
internal static class DeadlinePlanner
{
    public static IReadOnlyList<RoutedDeadline> Plan(
        Organisation organisation,
        KindRule rule,
        IReadOnlyList<RoutedStep> steps,
        DateOnly referenceDate,
        WorkingDayCalendar calendar,
        List<TextRef> notices)
    {
        var current = steps.FirstOrDefault(s => s.Status == StepStatus.Required);
        var main = rule.Steps.FirstOrDefault(s => !s.Skippable);
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal) { ["submission"] = referenceDate };
        var result = new List<RoutedDeadline>();
        foreach (var deadline in rule.Deadlines)
        {
            var start = dates.GetValueOrDefault(deadline.From, referenceDate);
            var date = calendar.Add(start, deadline.Amount, deadline.Unit);
            dates[deadline.Id] = date;
            var appliesTo = deadline.OnlyForStep ?? main?.Id;
            if (current is null || current.StepId != appliesTo)
            {
                continue;
            }

            var text = TextRef.Of(
                deadline.TextKey,
                TextArgument.OfDate("date", date),
                TextArgument.Of("amount", deadline.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                TextArgument.Of("organisation", organisation.ShortName));
            result.Add(new RoutedDeadline(deadline.Id, date, deadline.Amount, deadline.Unit, deadline.Approximate, text, deadline.Source));
            if (deadline.ExtensionPossible)
            {
                notices.Add(TextRef.Of(RouterTextKeys.ExtensionPossible, TextArgument.Of("organisation", organisation.ShortName)));
            }
        }

        if (rule.HandlingTermStated == false && current is not null && current.StepId == main?.Id)
        {
            notices.Add(TextRef.Of(RouterTextKeys.HandlingNotStated, TextArgument.Of("organisation", organisation.ShortName)));
        }

        return result;
    }
}
