using FsCheck;
using FsCheck.Fluent;
using IntakeBot.Content.Model;
using IntakeBot.Content.Routing;
using IntakeBot.Content.Tests.Support;

namespace IntakeBot.Content.Tests.Routing;

public sealed class RoutingRobustnessTests
{
    private static readonly RoutingEngine Engine = new(RepoContent.Catalog);
    private static readonly string[] Odd = ["", " ", "\u0000\u0007", "😡😭🙄", "مرحبا", new string('x', 100_000), "den-haag ", "JEUGDWET"];

    [Fact]
    public void Odd_free_text_answers_never_throw_and_always_give_a_route()
    {
        var organisations = RepoContent.Catalog.Organisations.Keys.ToArray();
        Prop.ForAll(
            ArbMap.Default.ArbFor<(int, int, int, bool, bool, int)>(),
            t =>
            {
                var (o, k, s, anonymous, external, days) = t;
                var answers = new RoutingAnswers(
                    (Role)Math.Abs(o % 4),
                    (AgeGroup)Math.Abs(k % 3),
                    anonymous ? null : external,
                    anonymous,
                    external,
                    new DateOnly(2025, 1, 1).AddDays(Math.Abs(days % 2000)),
                    Odd[Math.Abs(s % Odd.Length)],
                    Odd[Math.Abs(k % Odd.Length)],
                    Odd[Math.Abs(o % Odd.Length)]);
                var route = Engine.Route(organisations[Math.Abs(o % organisations.Length)], (Kind)Math.Abs(k % 5), answers, new DateOnly(2026, 6, 1));
                return route.Steps.Count > 0 && route.Steps.Count(st => st.Status == StepStatus.Required) == 1;
            }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void An_unknown_scheme_falls_back_by_age_and_says_so()
    {
        var route = Engine.Route("zorgkracht12", Kind.Klacht, new(Role.YoungPerson, AgeGroup.Under18, Scheme: "😡"), new DateOnly(2025, 12, 22));

        Assert.Equal("jeugdwet", route.Scheme);
        Assert.Contains(route.Notices, n => n.Key == "notice.scheme_assumed");
    }
}
