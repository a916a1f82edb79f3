using System.Globalization;
using IntakeBot.Content.Model;
using IntakeBot.Content.Routing;
using IntakeBot.Content.Tests.Support;

namespace IntakeBot.Content.Tests.Routing;

public sealed class RoutingEngineTests
{
    private static readonly RoutingEngine Engine = new(RepoContent.Catalog);
    private static readonly DateOnly Monday = new(2025, 12, 22);

    public static TheoryData<string> Situations => RoutingCases.Names();

    [Fact]
    public void There_are_at_least_40_situations()
    {
        Assert.True(RoutingCases.All.Count >= 40, $"only {RoutingCases.All.Count} situations");
    }

    [Theory]
    [MemberData(nameof(Situations))]
    public void Routes_the_situation_as_the_seed_says(string name)
    {
        var c = RoutingCases.All[name];

        var route = Engine.Route(c.Organisation, c.Kind, c.Answers, DateOnly.Parse(c.ReferenceDate, CultureInfo.InvariantCulture));

        Assert.Equal(c.Steps, string.Join(' ', route.Steps.Select(s => $"{s.StepId}:{s.Status}")));
        Assert.Equal(c.Deadlines, string.Join(' ', route.Deadlines.Select(d => $"{d.Id}={d.Date:yyyy-MM-dd}")));
        Assert.Equal(c.Notices.Order(StringComparer.Ordinal), route.Notices.Select(n => n.Key).Order(StringComparer.Ordinal));
        Assert.Equal(c.Current, route.Current?.Destination.Id);
        Assert.All(route.Steps, s => Assert.True(RepoContent.Catalog.Texts.Contains("nl", s.Reason.Key), s.Reason.Key));
    }

    [Fact]
    public void Kracht_shows_the_form_and_no_unverified_email()
    {
        var route = Engine.Route("kracht-den-haag", Kind.Klacht, new(Role.YoungPerson), Monday);

        var channels = route.Current!.Destination.Channels;
        Assert.Equal([ChannelType.Form], channels.Select(c => c.Type));
        Assert.Equal("Klacht, signaal of compliment Kracht", channels[0].Label);
    }

    [Fact]
    public void Kracht_bezwaar_goes_to_the_den_haag_form_from_the_seed()
    {
        var route = Engine.Route("kracht-den-haag", Kind.Bezwaar, new(Role.ParentOrCarer), Monday);

        Assert.Equal("https://www.denhaag.nl/nl/contact-met-de-gemeente/bezwaar-maken-sociale-zaken/", route.Current!.Destination.Channels.Single().Url);
        Assert.Equal(["name", "address", "decisionDate", "decisionReference", "decisionDescription", "grounds"], route.RequiredFields);
    }

    [Fact]
    public void A_bezwaar_without_a_known_municipality_has_a_text_key_for_its_name()
    {
        var route = Engine.Route("blijf-groep", Kind.Bezwaar, new(Role.Other), Monday);

        Assert.Null(route.Current!.Destination.Name);
        Assert.Equal("destination.unknown_municipality", route.Current.Destination.NameKey);
        Assert.Contains("decisionReference", route.RequiredFields);
        Assert.DoesNotContain("signature", route.RequiredFields);
    }

    [Fact]
    public void Kpz_post_address_uses_the_corrected_town_name()
    {
        var route = Engine.Route("zorgkracht12", Kind.Klacht, new(Role.YoungPerson, Scheme: "jeugdwet"), Monday);

        var post = route.Current!.Destination.Channels.Single(c => c.Type == ChannelType.Post);
        Assert.EndsWith("1601 BJ Enkhuizen", post.Value, StringComparison.Ordinal);
        Assert.Equal("0228-322205", route.Current.Destination.Channels.Single(c => c.Type == ChannelType.Phone).Value);
    }

    [Fact]
    public void Zorgkracht12_offers_jeugdstem_under_the_jeugdwet_but_not_under_the_wmo()
    {
        var jeugd = Engine.Route("zorgkracht12", Kind.Klacht, new(Role.ParentOrCarer, Scheme: "jeugdwet"), Monday);
        var wmo = Engine.Route("zorgkracht12", Kind.Klacht, new(Role.Other, AgeGroup.Adult, Scheme: "wmo"), Monday);

        Assert.Equal(["jeugdstem", "provider-confidant", "zorgbelang-groningen", "zorgbelang-drenthe"], jeugd.Confidants.Select(c => c.Id));
        Assert.Equal(["provider-confidant", "zorgbelang-groningen", "zorgbelang-drenthe"], wmo.Confidants.Select(c => c.Id));
    }

    [Theory]
    [InlineData(AgeGroup.Under18)]
    [InlineData(AgeGroup.Unknown)]
    public void Zorgkracht12_routes_a_parent_of_a_minor_to_the_jeugdwet_scheme_not_the_wmo(AgeGroup child)
    {
        // AgeGroup is the age of the client the care is for (the child), not of the parent who writes (zorgkracht12-scheme-by-age).
        var route = Engine.Route("zorgkracht12", Kind.Klacht, new(Role.ParentOrCarer, child), Monday);

        Assert.Equal("jeugdwet", route.Scheme);
        Assert.Equal(["file-with-kpz", "igj-information"], route.Steps.Select(s => s.StepId));
        Assert.Contains("jeugdstem", route.Confidants.Select(c => c.Id));
    }

    [Theory]
    [InlineData("veilig-thuis-flevoland", new[] { "client-confidant", "jeugdstem" })]
    [InlineData("amsterdam", new[] { "client-confidant" })]
    public void Blijf_offers_jeugdstem_only_for_veilig_thuis_flevoland(string part, string[] expected)
    {
        var route = Engine.Route("blijf-groep", Kind.Klacht, new(Role.YoungPerson, Part: part), Monday);

        Assert.Equal(expected, route.Confidants.Select(c => c.Id));
    }

    [Fact]
    public void The_commission_estimate_of_veilig_thuis_is_approximate()
    {
        var route = Engine.Route("veilig-thuis-hollands-midden", Kind.Klacht, new(Role.ParentOrCarer, WantsExternalCommission: true), Monday);

        var deadline = Assert.Single(route.Deadlines);
        Assert.True(deadline.Approximate);
        Assert.Equal("deadline.commission_about", deadline.Text.Key);
    }

    [Fact]
    public void A_late_bezwaar_is_flagged_and_explains_the_passed_term()
    {
        var route = Engine.Route("kracht-den-haag", Kind.Bezwaar, new(Role.ParentOrCarer, DecisionDate: new DateOnly(2025, 1, 6)), Monday);

        Assert.True(route.Late);
        Assert.Equal("deadline.bezwaar_passed", route.Deadlines.Single().Text.Key);
    }

    [Fact]
    public void An_unknown_organisation_gets_a_clear_error()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Engine.Route("no-such-org", Kind.Klacht, new(), Monday));
        Assert.Contains("no-such-org", error.Message, StringComparison.Ordinal);
    }
}
