using IntakeBot.Understanding.Crisis;

namespace IntakeBot.Understanding.Tests.Crisis;

public sealed class CrisisDetectorTests
{
    private readonly CrisisDetector _detector = new(TestContent.Content);

    [Theory]
    [InlineData("ik wil dood", "113")]
    [InlineData("ik trek het niet meer", "113")]
    [InlineData("ik wil er niet meer zijn", "113")]
    [InlineData("kys", "113")]
    [InlineData("ik wil niet meer", "113")]
    [InlineData("ik ga mezelf wat aandoen", "113")]
    [InlineData("ik wil me snijden", "113")]
    [InlineData("hij slaat me", "veilig-thuis")]
    [InlineData("mn vader slaat me", "veilig-thuis")]
    [InlineData("ik durf niet naar huis", "veilig-thuis")]
    [InlineData("hij zit aan me", "centrum-seksueel-geweld")]
    [InlineData("ik ben weggelopen", "kindertelefoon")]
    [InlineData("help hij heeft een mes", "112")]
    [InlineData("I want to kill myself", "113")]
    [InlineData("my dad hits me", "veilig-thuis")]
    public void RecognisesCrisisAndTheHelpThatApplies(string text, string help)
    {
        var result = _detector.Detect(text);

        Assert.True(result.IsCrisis, text);
        Assert.Contains(help, result.Help);
        Assert.NotEmpty(result.Cues);
    }

    [Theory]
    [InlineData("ik wil doooood")]
    [InlineData("ik wil doot")]
    [InlineData("ik trek t nie meer")]
    [InlineData("IK WIL ER NIE MEER ZIJN")]
    [InlineData("mn fader slaat me")]
    [InlineData("ik ben weg gelope")]
    [InlineData("hij zit an me")]
    [InlineData("ik heb mezelf gesnedenn")]
    [InlineData("zelfmoordd")]
    [InlineData("ik ben weggelopne")]
    public void ToleratesChatSpellingAndTypos(string text) =>
        Assert.True(_detector.Detect(text).IsCrisis, text);

    [Theory]
    [InlineData("ik ga dood van het lachen")]
    [InlineData("die film was killing")]
    [InlineData("ik wil niet meer naar die groep")]
    [InlineData("mn begeleider luistert nooit")]
    [InlineData("ik heb een brief van de gemeente gekregen")]
    [InlineData("ik werd gedwongen om naar een andere groep te gaan")]
    [InlineData("de begeleider heeft gedreigd dat ik van de groep af moet")]
    [InlineData("ik kan niet meer bellen want mn telefoon is afgepakt")]
    [InlineData("ik ga bijna dood van de honger hier")]
    [InlineData("")]
    public void DoesNotRaiseObviousFalseAlarms(string text) =>
        Assert.False(_detector.Detect(text).IsCrisis, text);

    [Fact]
    public void AFigureOfSpeechDoesNotHideARealSignal()
    {
        var result = _detector.Detect("ik ga dood van het lachen maar eigenlijk wil ik dood");

        Assert.True(result.IsCrisis);
        Assert.Equal(["suicide"], result.Categories);
    }

    [Fact]
    public void ReadsAllOfALongMessage()
    {
        var story = string.Concat(Enumerable.Repeat("we hebben al zo vaak gebeld met het wijkteam. ", 300));

        Assert.True(_detector.Detect(story + "en nu slaat hij me weer").IsCrisis);
        Assert.True(_detector.Detect("ik wil dood. " + story + "mn vader slaat me").Categories.Count == 2);
        Assert.False(_detector.Detect(story).IsCrisis);
        Assert.True(TestContent.Classifier.Classify(story + "ik wil dood").Crisis);
    }

    [Fact]
    public void ReportsEveryCategoryThatApplies()
    {
        var result = _detector.Detect("mn stiefvader slaat me en ik ben weggelopen");

        Assert.Contains("violence-at-home", result.Categories);
        Assert.Contains("running-away", result.Categories);
        Assert.Contains("veilig-thuis", result.Help);
        Assert.Contains("kindertelefoon", result.Help);
    }
}
