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
        var score = SpecGrader.Grade(path, recognize);
        output.WriteLine(score.ToString());
        Assert.True(score.Rate >= minimum, $"{path}: {score}");
    }
}
