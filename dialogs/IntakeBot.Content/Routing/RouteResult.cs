using IntakeBot.Content.Model;
using IntakeBot.Content.Texts;

namespace IntakeBot.Content.Routing;

/// <summary>
/// The route for one message: the ordered steps, the deadlines as dates, notices to tell the user
/// (anonymity, consent, late bezwaar ...) and the confidants to offer.
/// <see cref="KindDescribed"/> is false when the regulation does not describe this kind.
/// </summary>
public sealed record RouteResult(
    string OrganisationId,
    Kind Kind,
    string? Scheme,
    bool KindDescribed,
    IReadOnlyList<RoutedStep> Steps,
    IReadOnlyList<RoutedDeadline> Deadlines,
    IReadOnlyList<TextRef> Notices,
    IReadOnlyList<RoutedDestination> Confidants,
    IReadOnlyList<string> RequiredFields,
    IReadOnlyList<string> OptionalFields)
{
    /// <summary>The step the message goes to now.</summary>
    public RoutedStep? Current => Steps.FirstOrDefault(s => s.Status == StepStatus.Required);

    /// <summary>True when a bezwaar is past its 6-week term.</summary>
    public bool Late => Notices.Any(n => n.Key == RouterTextKeys.BezwaarLate);
}
