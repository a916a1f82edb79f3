using IntakeBot.Understanding.Classification;

namespace IntakeBot.Understanding.Tests.Classification;

public sealed class MessageClassifierTests
{
    private static MessageClassifier Classifier => TestContent.Classifier;

    [Theory]
    // What the person reacts to decides, not the word they use.
    [InlineData("ik wil bezwaar maken tegen mn begeleider", "klacht")]
    [InlineData("bezwaar tegen mijn voogd want ze praat heel onaardig tegen me", "klacht")]
    [InlineData("ik heb een klacht over de brief dat mn hulp stopt", "bezwaar")]
    [InlineData("mijn indicatie is afgewezen door de gemeente", "bezwaar")]
    [InlineData("ik krijg minder uren begeleiding van de gemeente en dat is niet eerlijk", "bezwaar")]
    [InlineData("de begeleider lachte me uit en luistert nooit", "klacht")]
    [InlineData("ik wil alleen even laten weten dat er op de groep gepest wordt", "signaal")]
    [InlineData("mn begeleider is echt top, bedankt", "compliment")]
    [InlineData("idee: een app voor de afspraken", "idee")]
    [InlineData("hoe lang duurt het voordat ik iets hoor", "vraag")]
    [InlineData("ik wil dood", "crisis")]
    [InlineData("hallo wie ben jij", "anders")]
    public void ClassifiesByWhatThePersonReactsTo(string text, string expected) =>
        Assert.Equal(expected, Classifier.Classify(text).Label);

    [Fact]
    public void ResultCarriesConfidenceAlternativesAndCues()
    {
        var result = Classifier.Classify("kreeg een brief van de gemeente dat mn begeleiding stopt");

        Assert.Equal("bezwaar", result.Label);
        Assert.InRange(result.Confidence, 0.0, 1.0);
        Assert.Equal(2, result.Alternatives.Count);
        Assert.All(result.Alternatives, a => Assert.True(a.Confidence <= result.Confidence));
        Assert.NotEqual(result.Label, result.Alternatives[0].Label);
        Assert.Contains(result.Cues, c => c.StartsWith("rule:besluit-gemeente", StringComparison.Ordinal));
        Assert.False(result.Crisis);
    }

    [Fact]
    public void CrisisIsFlaggedWithHelpEvenInsideAComplaint()
    {
        var result = Classifier.Classify("mn begeleider luistert nooit en mn vader slaat me");

        Assert.True(result.Crisis);
        Assert.Equal("crisis", result.Label);
        Assert.Contains("veilig-thuis", result.CrisisAssessment.Help);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("😡")]
    public void MessagesWithoutWordsAreUnsure(string text)
    {
        var result = Classifier.Classify(text);

        Assert.True(result.Unsure);
        Assert.True(result.Confidence < TestContent.Content.Rules.UnsureThreshold);
    }

    [Fact]
    public void TrainingIsDeterministic()
    {
        var other = new MessageClassifier(TestContent.Content);
        foreach (var text in new[] { "ze luistere nooit", "brief gekregen", "ik wil dood", "mss een idee" })
        {
            Assert.Equal(Classifier.Classify(text).Confidence, other.Classify(text).Confidence);
        }
    }

    [Fact]
    public void CanBeUsedFromManyThreads()
    {
        var expected = Classifier.Classify("ze luistere nooit naar me").Label;
        var labels = new string[64];
        Parallel.For(0, labels.Length, i => labels[i] = Classifier.Classify("ze luistere nooit naar me").Label);

        Assert.All(labels, l => Assert.Equal(expected, l));
    }
}
