using IntakeBot.Recognizers.Organisation;

namespace IntakeBot.Recognizers.Tests.Organisation;

public sealed class OrganisationNameRecognizerTests
{
    private static readonly OrganisationNameRecognizer Recognizer = TestOrganisations.Recognizer;

    [Theory]
    [InlineData("kracht den haag", "kracht-den-haag")]
    [InlineData("ik zit bij krachtvoorjeugd", "kracht-den-haag")]
    [InlineData("kracht voor jeugd en gezin den haag", "kracht-den-haag")]
    [InlineData("kracht den haga", "kracht-den-haag")] // typo
    [InlineData("veilig thuis hollands midden", "veilig-thuis-hollands-midden")]
    [InlineData("veiligthuis hollandsmidden", "veilig-thuis-hollands-midden")]
    [InlineData("veilig tuis holands midden", "veilig-thuis-hollands-midden")] // two typos
    [InlineData("blijfgroep", "blijf-groep")]
    [InlineData("de Blijf Groep", "blijf-groep")]
    [InlineData("blijf", "blijf-groep")]
    [InlineData("zorgkracht 12", "zorgkracht12")]
    [InlineData("zorg kracht12", "zorgkracht12")]
    [InlineData("zorgkraht", "zorgkracht12")]
    [InlineData("het cjg", "cjg-westelijke-mijnstreek")]
    [InlineData("CJG", "cjg-westelijke-mijnstreek")]
    [InlineData("akj", "jeugdstem")] // AKJ is now Jeugdstem
    [InlineData("jeugdstem", "jeugdstem")]
    [InlineData("jeugtstem", "jeugdstem")]
    public void MapsFreeTextToOneId(string text, string expectedId)
    {
        var match = Assert.Single(Recognizer.Recognize(text));

        Assert.Equal(expectedId, match.OrganisationId);
        Assert.Equal(match.Text, text[match.Start..(match.End + 1)]);
        Assert.InRange(match.Score, 0.5, 1.0);
    }

    [Fact]
    public void ExactAlias_ScoresOne_TypoScoresLess()
    {
        var exact = Assert.Single(Recognizer.Recognize("jeugdstem")).Score;
        var typo = Assert.Single(Recognizer.Recognize("jeugtstem")).Score;

        Assert.Equal(1.0, exact);
        Assert.True(typo < exact);
    }

    [Fact]
    public void Ambiguous_ReturnsAllCandidatesForTheSameSpan()
    {
        var matches = Recognizer.Recognize("ik heb veiligthuis gebeld");

        Assert.Equal(["veilig-thuis-flevoland", "veilig-thuis-hollands-midden"], matches.Select(m => m.OrganisationId).Order());
        Assert.Single(matches.Select(m => (m.Start, m.End)).Distinct());
        Assert.Equal("veiligthuis", matches[0].Text);
    }

    [Fact]
    public void PartialLongName_MatchesAtLowerScore()
    {
        var recognizer = new OrganisationNameRecognizer([new("veilig-thuis-hollands-midden", ["Veilig Thuis Hollands Midden"])]);

        var match = Assert.Single(recognizer.Recognize("veilig thuis"));

        Assert.Equal("veilig-thuis-hollands-midden", match.OrganisationId);
        Assert.True(match.Score < 1.0);
    }

    [Theory]
    [InlineData("ik wil naar huis")]
    [InlineData("mijn kracht")]
    [InlineData("ak")]
    [InlineData("")]
    public void FreeTextWithoutNames(string text) => Assert.Empty(Recognizer.Recognize(text));

    [Fact]
    public void TwoOrganisationsInOneSentence()
    {
        var matches = Recognizer.Recognize("eerst het cjg en toen zorgkracht 12");

        Assert.Equal(["cjg-westelijke-mijnstreek", "zorgkracht12"], matches.Select(m => m.OrganisationId));
    }

    [Fact]
    public void ModelResults_GroupCandidatesPerSpan()
    {
        var result = Assert.Single(Recognizer.RecognizeModelResults("veilig thuis"));

        Assert.Equal("organisation", result.TypeName);
        var values = Assert.IsAssignableFrom<IReadOnlyList<Dictionary<string, object?>>>(result.Resolution["values"]);
        Assert.Equal(2, values.Count);
    }
}
