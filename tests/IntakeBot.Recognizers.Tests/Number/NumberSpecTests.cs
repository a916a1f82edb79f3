using System.Globalization;
using IntakeBot.Recognizers.Number;
using IntakeBot.Recognizers.Tests.Specs;
using Xunit.Abstractions;

namespace IntakeBot.Recognizers.Tests.Number;

/// <summary>Grades the number, ordinal and percentage recognizers against Microsoft's Dutch specs.</summary>
public sealed class NumberSpecTests(ITestOutputHelper output)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    [SpecFact]
    public void NumberModelMeetsTarget() => Check("Number/Dutch/NumberModel.json", c => NumberRecognizer.Recognize(c.Input, Dutch), 0.98);

    [SpecFact]
    public void OrdinalModelDoesNotRegress() => Check("Number/Dutch/OrdinalModel.json", c => OrdinalRecognizer.Recognize(c.Input, Dutch), 1.0);

    [SpecFact]
    public void PercentModelDoesNotRegress() => Check("Number/Dutch/PercentModel.json", c => PercentageRecognizer.Recognize(c.Input, Dutch), 1.0);

    private void Check(string file, Func<SpecCase, IReadOnlyList<ModelResult>> recognize, double target)
    {
        var grade = SpecGrader.Grade(file, recognize);
        output.WriteLine(grade.Summary);
        output.WriteLine(grade.Failures);
        Assert.True(grade.PassRate >= target, $"{grade.Summary}, target {target:P0}");
    }
}
