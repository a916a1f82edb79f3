using System.Globalization;
using IntakeBot.Content.Model;
using IntakeBot.Content.Routing;
using IntakeBot.Intake.Cases;
using IntakeBot.Intake.Conversation;

namespace IntakeBot.Intake.Submission;

/// <summary>Turns a finished intake into a case: its fields, and its route with a deadline per step.</summary>
internal static class CaseBuilder
{
    public static IntakeCase Build(IntakeTurn turn, CasePlan plan, string reference)
    {
        var state = turn.State;
        var activity = turn.Context.Activity;
        return new IntakeCase(
            reference,
            plan.Organisation.Id,
            plan.Kind,
            CaseStatus.Nieuw,
            turn.Services.Time.GetUtcNow(),
            activity.ChannelId ?? "unknown",
            activity.Conversation?.Id ?? "unknown",
            state.Language,
            Route(turn, plan.Route),
            Fields(turn, plan));
    }

    private static Dictionary<string, string> Fields(IntakeTurn turn, CasePlan plan)
    {
        var state = turn.State;
        var planned = plan.Fields.Select(f => f.Field).ToHashSet(StringComparer.Ordinal);
        // Only what the regulation asks for goes into the case: a phone number found in a compliment's story stays out
        // when the organisation did not ask for one.
        var fields = state.Fields.Where(f => planned.Contains(f.Key)).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        Flag(fields, CaseFieldNames.Anonymous, state.WantsAnonymity);
        Flag(fields, CaseFieldNames.ConsentToShare, state.ConsentToShare);
        Flag(fields, CaseFieldNames.WantsConfidant, state.WantsConfidant);
        Flag(fields, CaseFieldNames.TalkedFirst, state.TalkedFirst);
        Flag(fields, CaseFieldNames.WantsCopy, state.WantsCopy);
        Flag(fields, "wantsExternal", state.WantsExternal);
        if (state.Role is { } role)
        {
            fields["speaker"] = role switch
            {
                Role.YoungPerson => "young-person",
                Role.ParentOrCarer => "parent-or-carer",
                Role.Professional => "professional",
                _ => "other",
            };
        }

        if (plan.Kind == Kind.Bezwaar)
        {
            fields["date"] = turn.Services.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return fields;
    }

    private static void Flag(Dictionary<string, string> fields, string name, bool? value)
    {
        if (value is { } flag)
        {
            fields[name] = flag ? "true" : "false";
        }
    }

    private static List<CaseRouteStep> Route(IntakeTurn turn, RouteResult route)
    {
        var latest = route.Deadlines.Where(d => !d.Approximate).Select(d => (DateOnly?)d.Date).Max();
        return
        [
            .. route.Steps.Select(step =>
            {
                var channel = step.Destination.Channels.FirstOrDefault();
                return new CaseRouteStep(
                    step.Order,
                    step.StepId,
                    step.Destination.Id,
                    DestinationName(turn, step.Destination),
                    channel is null ? null : ChannelName(channel.Type),
                    channel?.Value ?? channel?.Url,
                    step == route.Current ? latest : null,
                    step.Status is StepStatus.Optional or StepStatus.Skipped or StepStatus.Later);
            }),
        ];
    }

    /// <summary>The destination's name, from content.</summary>
    public static string DestinationName(IntakeTurn turn, RoutedDestination destination) =>
        destination.Name ?? (destination.NameKey is { } key ? turn.Text(key) : destination.Id);

    /// <summary>The channel type as written in content ("in-person").</summary>
    public static string ChannelName(ChannelType type) => type switch
    {
        ChannelType.InPerson => "in-person",
        _ => type.ToString().ToLowerInvariant(),
    };
}
