using IntakeBot.Understanding.Crisis;

namespace IntakeBot.Understanding.Tests.Crisis;

/// <summary>A wider net of everyday phrasings: the lexicon must keep catching these, and keep ignoring the harmless ones.</summary>
public sealed class CrisisPhrasingTests
{
    private readonly CrisisDetector _detector = new(TestContent.Content);

    [Theory]
    [InlineData("ik wil me van kant maken")]
    [InlineData("ik denk aan zelfmoord")]
    [InlineData("ik wil mezelf doodmaken")]
    [InlineData("ik heb geen zin meer om te leven")]
    [InlineData("ik wil echt dood")]
    [InlineData("ik hou het niet meer vol")]
    [InlineData("ik wil stoppen met leven")]
    [InlineData("ik snij mezelf")]
    [InlineData("ik doe mezelf pijn")]
    [InlineData("mijn vader mishandelt mij")]
    [InlineData("ik word thuis mishandeld")]
    [InlineData("hij heeft me geschopt")]
    [InlineData("papa slaat mama")]
    [InlineData("mijn stiefvader misbruikt mij")]
    [InlineData("iemand heeft me verkracht")]
    [InlineData("mn oom zit aan me")]
    [InlineData("ik ben gevlucht van huis")]
    [InlineData("ik ben in gevaar")]
    [InlineData("hij wil me vermoorden")]
    [InlineData("ik ben bang dat hij me iets aandoet")]
    [InlineData("ik voel me niet veilig thuis")]
    [InlineData("i want to end it")]
    [InlineData("im going to hurt myself")]
    [InlineData("he beats me")]
    [InlineData("i ran away")]
    [InlineData("kms")]
    public void Recognised(string text) => Assert.True(_detector.Detect(text).IsCrisis, text);

    [Theory]
    [InlineData("ik wil een klacht indienen")]
    [InlineData("ik wil niet meer naar school")]
    [InlineData("de gemeente heeft mn pgb gestopt")]
    [InlineData("ik ben bang dat ik mijn uren kwijtraak")]
    [InlineData("hij sloeg de deur dicht")]
    [InlineData("ik sterf van verveling")]
    [InlineData("ik schrok me dood")]
    [InlineData("doodmoe ben ik")]
    [InlineData("mijn opa is dood gegaan vorig jaar")]
    public void Ignored(string text) => Assert.False(_detector.Detect(text).IsCrisis, text);
}
