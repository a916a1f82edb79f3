using System.Globalization;
using IntakeBot.Recognizers.Choice;
using IntakeBot.Recognizers.Tests.Specs;
using Xunit.Abstractions;

namespace IntakeBot.Recognizers.Tests.Choice;

/// <summary>
/// Grades Text, TypeName "boolean" and Resolution value against Choice/Dutch/BooleanModel.json. The spec's "score"
/// (a Recognizers-Text heuristic between 0.4 and 1) is not graded: ours is 1.0 for every match.
/// </summary>
public sealed class BooleanSpecTests(ITestOutputHelper output)
{
    [SpecFact]
    public void BooleanModel_Dutch_AllCasesPass()
    {
        var score = SpecGrader.Grade("Choice/Dutch/BooleanModel.json", specCase => BooleanRecognizer.RecognizeModelResults(specCase.Input, CultureInfo.GetCultureInfo("nl-NL")), ResolutionRule.ValueIgnoringCase);
        output.WriteLine(score.Summary);
        output.WriteLine(score.Failures);

        Assert.True(score.PassRate >= 1.0, $"{score.Summary}\n{score.Failures}");
    }
}
