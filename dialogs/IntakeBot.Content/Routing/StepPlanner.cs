using IntakeBot.Content.Model;
using IntakeBot.Content.Texts;

namespace IntakeBot.Content.Routing;

/// <summary>
/// Gives each step a status. Steps before the first unskippable one are optional (done when the user already
/// talked to the employee); a later step with direct access becomes the current one when the user wants the
/// external commission; confidants stay optional; other later steps come only if it is not solved.
/// </summary>
internal static class StepPlanner
{
    public static IReadOnlyList<RoutedStep> Plan(
        Organisation organisation,
        IReadOnlyList<StepRule> steps,
        RoutingAnswers answers,
        DestinationResolver destinations,
        List<TextRef> notices)
    {
        var main = IndexOf(steps, s => !s.Skippable);
        var direct = IndexOf(steps, s => s.DirectAccess, main);
        var goDirect = answers.WantsExternalCommission && direct >= 0;
        if (answers.WantsExternalCommission && direct < 0)
        {
            notices.Add(TextRef.Of(RouterTextKeys.ExternalAfterInternal, TextArgument.Of("organisation", organisation.ShortName)));
        }

        var result = new List<RoutedStep>(steps.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var destination = destinations.Resolve(organisation, step.Destination, answers);
            var status = StatusOf(i, main, direct, goDirect, destination.Role, answers);
            var key = status switch
            {
                StepStatus.Done => RouterTextKeys.StepDone,
                StepStatus.Skipped => RouterTextKeys.StepSkippedDirect,
                StepStatus.Required when goDirect && i == direct && i != main => RouterTextKeys.DirectAccess,
                _ => step.ReasonKey,
            };
            var reason = TextRef.Of(
                key,
                TextArgument.Of("organisation", organisation.ShortName),
                TextArgument.Of("destination", destination.Name ?? string.Empty));
            result.Add(new RoutedStep(i + 1, step.Id, destination, status, reason, step.Source));
        }

        return result;
    }

    private static StepStatus StatusOf(int i, int main, int direct, bool goDirect, DestinationRole role, RoutingAnswers answers)
    {
        if (i < main)
        {
            return answers.AlreadyTalkedToEmployee == true && role == DestinationRole.Employee ? StepStatus.Done
                : goDirect ? StepStatus.Skipped
                : StepStatus.Optional;
        }

        if (i == main)
        {
            return goDirect && direct != main ? StepStatus.Skipped : StepStatus.Required;
        }

        return goDirect && i == direct ? StepStatus.Required
            : role == DestinationRole.Confidant ? StepStatus.Optional
            : StepStatus.Later;
    }

    private static int IndexOf(IReadOnlyList<StepRule> steps, Func<StepRule, bool> predicate, int from = 0)
    {
        for (var i = Math.Max(from, 0); i < steps.Count; i++)
        {
            if (predicate(steps[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
