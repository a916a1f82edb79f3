using IntakeBot.Content.Loading;
using IntakeBot.Content.Model;
using IntakeBot.Content.Routing;
using IntakeBot.Content.Tests.Support;

namespace IntakeBot.Content.Tests.Loading;

/// <summary>The README promise: a new organisation is a copied YAML file, without code changes.</summary>
public sealed class NewOrganisationTests
{
    [Fact]
    public void A_copied_organisation_file_loads_and_routes()
    {
        using var content = RepoContent.Copy();
        var yaml = File.ReadAllText(content.PathOf("organisations/blijf-groep.yaml"))
            .Replace("id: blijf-groep", "id: voorbeeld-opvang", StringComparison.Ordinal)
            .Replace("name: Blijf Groep\n", "name: Voorbeeld Opvang\n", StringComparison.Ordinal)
            .Replace("shortName: Blijf Groep", "shortName: Voorbeeld Opvang", StringComparison.Ordinal);
        File.WriteAllText(content.PathOf("organisations/voorbeeld-opvang.yaml"), yaml);

        var catalog = ContentLoader.Load(content.Root);
        var route = new RoutingEngine(catalog).Route("voorbeeld-opvang", Kind.Klacht, new(Role.Other), new DateOnly(2025, 12, 22));

        Assert.Equal(6, catalog.Organisations.Count);
        Assert.Equal("Voorbeeld Opvang", catalog.Organisation("voorbeeld-opvang").Name);
        Assert.Equal("klachtenfunctionaris", route.Current!.Destination.Id);
        Assert.Equal(new DateOnly(2025, 12, 31), route.Deadlines.Single().Date);
    }

    [Fact]
    public void A_new_language_file_must_have_every_key()
    {
        using var content = RepoContent.Copy();
        File.WriteAllText(content.PathOf("texts/de.yaml"), "language: de\ntexts:\n  welcome.intro.bot: \"Hallo! Ich bin ein Chatbot.\"\n");

        var problems = Assert.Throws<ContentValidationException>(() => ContentLoader.Load(content.Root)).Problems;

        Assert.Contains(problems, p => p.File == "texts/de.yaml" && p.Path == "/texts/faq.costs");
        Assert.DoesNotContain(problems, p => p.File != "texts/de.yaml" && !p.Reason.Contains("texts/de.yaml", StringComparison.Ordinal));
    }
}
