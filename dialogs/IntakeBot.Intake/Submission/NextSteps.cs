using IntakeBot.Content.Model;
using IntakeBot.Content.Routing;
using IntakeBot.Content.Texts;
using IntakeBot.Intake.Cases;
using IntakeBot.Intake.Conversation;

namespace IntakeBot.Intake.Submission;

/// <summary>
/// Tells the user what happens next: the reference, where the message goes and how, the dates from the
/// regulation, who can help meanwhile, and the copy by e-mail.
/// </summary>
internal static class NextSteps
{
    public static async Task TellAsync(IntakeTurn turn, CasePlan plan, string reference)
    {
        await turn.SayAsync("next.case_created", TextArgument.Of("reference", reference)).ConfigureAwait(false);
        if (plan.Kind == Kind.Bezwaar)
        {
            await turn.SendAsync(BezwaarDraft.Write(turn, plan)).ConfigureAwait(false);
        }

        await turn.SendAsync(string.Join(Environment.NewLine, RouteLines(turn, plan.Route))).ConfigureAwait(false);

        var closing = new List<string>();
        if (plan.Kind is Kind.Klacht or Kind.Bezwaar && plan.Route.Confidants.FirstOrDefault() is { } confidant)
        {
            closing.Add(turn.Text("next.meanwhile_confidant", TextArgument.Of("destination", WithPhone(turn, confidant))));
        }

        if (turn.State.WantsCopy == true && turn.State.Fields.TryGetValue(CaseFieldNames.Email, out var email))
        {
            closing.Add(turn.Text("next.copy_sent", TextArgument.Of("email", email)));
        }

        if (closing.Count > 0)
        {
            await turn.SendAsync(string.Join(Environment.NewLine, closing)).ConfigureAwait(false);
        }
    }

    private static IEnumerable<string> RouteLines(IntakeTurn turn, RouteResult route)
    {
        if (route.Current is { } current)
        {
            var name = CaseBuilder.DestinationName(turn, current.Destination);
            if (WillBeContacted(turn, route))
            {
                yield return turn.Text("next.who_contacts", TextArgument.Of("destination", name));
            }

            foreach (var line in StepLines(turn, current))
            {
                yield return line;
            }
        }

        // A bezwaar is sent by the user; Jeugdstem helps with it for free (a step of its own in the route).
        foreach (var step in route.Steps.Where(s => route.Kind == Kind.Bezwaar && s.Destination.Role == DestinationRole.Confidant))
        {
            foreach (var line in StepLines(turn, step))
            {
                yield return line;
            }
        }

        foreach (var deadline in route.Deadlines)
        {
            yield return turn.Text(deadline.Text);
        }

        foreach (var notice in route.Notices.Where(n => !turn.State.NoticesShown.Contains(n.Key)))
        {
            yield return turn.Text(notice);
        }
    }

    /// <summary>
    /// "Someone will contact you" is only promised where the regulation says so and the user can be reached: a
    /// complaint that was not sent anonymously. A bezwaar the user sends; a compliment or idea gets no reply promised.
    /// </summary>
    private static bool WillBeContacted(IntakeTurn turn, RouteResult route) =>
        route.Kind == Kind.Klacht && route.KindDescribed && turn.State.WantsAnonymity != true;

    private static IEnumerable<string> StepLines(IntakeTurn turn, RoutedStep step)
    {
        var name = CaseBuilder.DestinationName(turn, step.Destination);
        yield return turn.Text(step.Reason with { Arguments = [.. step.Reason.Arguments, TextArgument.Of("destination", name)] });
        foreach (var line in ChannelLines(turn, step.Destination))
        {
            yield return line;
        }
    }

    /// <summary>How to reach a destination: "Mail: ...", "Bel: ...", or the label from content.</summary>
    public static IEnumerable<string> ChannelLines(IntakeTurn turn, RoutedDestination destination)
    {
        foreach (var channel in destination.Channels)
        {
            var value = channel.Value ?? channel.Url ?? channel.Label ?? (channel.LabelKey is { } key ? turn.Text(key) : null);
            var lineKey = "next.channel." + CaseBuilder.ChannelName(channel.Type);
            if (value is null)
            {
                continue;
            }

            yield return turn.HasText(lineKey) ? turn.Text(lineKey, TextArgument.Of("value", value)) : value;
        }
    }

    private static string WithPhone(IntakeTurn turn, RoutedDestination destination)
    {
        var name = CaseBuilder.DestinationName(turn, destination);
        var phone = destination.Channels.FirstOrDefault(c => c.Type == ChannelType.Phone && c.Value is not null)?.Value;
        return phone is null ? name : $"{name} ({phone})";
    }
}
