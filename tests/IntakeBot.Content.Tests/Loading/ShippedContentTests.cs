using IntakeBot.Content.Loading;
using IntakeBot.Content.Tests.Support;

namespace IntakeBot.Content.Tests.Loading;

public sealed class ShippedContentTests
{
    [Fact]
    public void Shipped_content_loads_and_validates()
    {
        var catalog = ContentLoader.Load(RepoContent.Root);

        Assert.Equal(
            ["blijf-groep", "cjg-westelijke-mijnstreek", "kracht-den-haag", "veilig-thuis-hollands-midden", "zorgkracht12"],
            catalog.Organisations.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["en", "nl"], catalog.Texts.Languages.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_national_contact_of_the_issue_is_present_with_a_verified_on_field()
    {
        string[] expected =
        [
            "jeugdstem", "112", "113", "veilig-thuis", "kindertelefoon", "centrum-seksueel-geweld", "igj-landelijk-meldpunt-zorg",
            "kinderombudsman", "nationale-ombudsman", "klachtenportaal-zorg", "klachtencommissie-poa", "provinciale-klachtencommissie",
            "zorgbelang-groningen", "zorgbelang-drenthe",
        ];
        var contacts = RepoContent.Catalog.Contacts;
        Assert.All(expected, id => Assert.True(contacts.ContainsKey(id), $"missing contact {id}"));
        var yaml = File.ReadAllText(Path.Combine(RepoContent.Root, "contacts.yaml"));
        Assert.Equal(contacts.Count, yaml.Split("\n    verifiedOn:").Length - 1);
    }

    [Fact]
    public void Crisis_contacts_come_in_the_fixed_order()
    {
        Assert.Equal(["112", "113", "veilig-thuis", "kindertelefoon", "centrum-seksueel-geweld"], RepoContent.Catalog.CrisisContacts.Select(c => c.Id));
    }

    [Fact]
    public void Interruption_words_are_loaded_per_command_and_language()
    {
        var commands = RepoContent.Catalog.Interruptions.Commands;
        Assert.Equal(["back", "help", "language-en", "language-nl", "restart", "stop", "withdraw"], commands.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("stop", commands["stop"]["nl"]);
        Assert.Contains("terug", commands["back"]["nl"]);
    }
}
