using IntakeBot.Content.Model;
using IntakeBot.Content.Tests.Support;

namespace IntakeBot.Content.Tests.Organisations;

public sealed class OrganisationFactTests
{
    public static TheoryData<string> Facts => SeedFacts.Names();

    [Theory]
    [MemberData(nameof(Facts))]
    public void Content_states_the_seed_fact(string name)
    {
        var fact = SeedFacts.All[name];

        Assert.Equal(fact.Expected, fact.Actual(RepoContent.Catalog));
    }

    [Fact]
    public void Every_organisation_has_facts_in_the_table()
    {
        var covered = SeedFacts.All.Values.Select(f => f.Organisation).ToHashSet();
        Assert.Equal(RepoContent.Catalog.Organisations.Keys.Order(), covered.Order());
    }

    [Fact]
    public void Every_fact_names_its_seed_file_and_section()
    {
        foreach (var organisation in RepoContent.Catalog.Organisations.Values)
        {
            var sources = organisation.Destinations.Select(d => d.Source)
                .Concat(organisation.Kinds.SelectMany(k => k.Steps.Select(s => s.Source).Concat(k.Deadlines.Select(d => d.Source))))
                .Concat(organisation.Discrepancies.Select(d => d.Source));
            Assert.All(sources, s => Assert.Matches(@"^(00[0-4]_[0-9a-f]{16}\.txt|facts\.md|bezwaar\.yaml) § .+$", s));
        }
    }

    [Fact]
    public void An_own_bezwaar_asks_at_least_what_awb_6_5_requires()
    {
        var awb = RepoContent.Catalog.Bezwaar.Contents.Required;
        foreach (var rule in RepoContent.Catalog.Organisations.Values.SelectMany(o => o.RulesFor(Kind.Bezwaar)))
        {
            Assert.Empty(awb.Except(rule.Fields.Required));
        }
    }

    [Fact]
    public void Every_organisation_has_aliases_for_the_name_recognizer()
    {
        Assert.All(RepoContent.Catalog.Organisations.Values, o => Assert.True(o.Aliases.Count >= 4, o.Id));
    }
}
