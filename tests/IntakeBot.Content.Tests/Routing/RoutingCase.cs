using IntakeBot.Content.Model;
using IntakeBot.Content.Routing;

namespace IntakeBot.Content.Tests.Routing;

/// <summary>
/// One routing situation and what the seeds say must come out: each step's status, each deadline's date,
/// and exactly the notices the user must hear.
/// </summary>
internal sealed record RoutingCase(
    string Organisation,
    Kind Kind,
    RoutingAnswers Answers,
    string ReferenceDate,
    string Steps,
    string Deadlines,
    string[] Notices,
    string? Current);
