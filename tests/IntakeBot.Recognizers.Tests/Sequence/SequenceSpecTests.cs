using IntakeBot.Recognizers.Sequence;
using IntakeBot.Recognizers.Tests.Specs;
using Xunit.Abstractions;

namespace IntakeBot.Recognizers.Tests.Sequence;

public sealed class SequenceSpecTests(ITestOutputHelper output)
{
    [SpecFact]
    public void PhoneNumberModel_Dutch() => AssertRate("Sequence/Dutch/PhoneNumberModel.json", PhoneNumberRecognizer.Recognize, 1.0);

    [SpecFact]
    public void EmailModel() => AssertRate("Sequence/English/EmailModel.json", EmailRecognizer.Recognize, 1.0);

    [SpecFact]
    public void UrlModel() => AssertRate("Sequence/English/URLModel.json", UrlRecognizer.Recognize, 1.0);

    private void AssertRate(string path, Func<string, IReadOnlyList<ModelResult>> recognize, double minimum)
    {
        var score = SpecGrader.Grade(path, specCase => recognize(specCase.Input), ResolutionRule.ValueIgnoringCase);
        output.WriteLine(score.Summary);
        output.WriteLine(score.Failures);
        Assert.True(score.PassRate >= minimum, $"{score.Summary}\n{score.Failures}");
    }
}
