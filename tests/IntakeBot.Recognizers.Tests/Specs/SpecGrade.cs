using System.Globalization;

namespace IntakeBot.Recognizers.Tests.Specs;

/// <summary>Outcome of grading one spec file.</summary>
internal sealed record SpecGrade(string SpecFile, int Passed, int Total, string Failures)
{
    public double PassRate => Total == 0 ? 0 : (double)Passed / Total;

    public string Summary => string.Create(CultureInfo.InvariantCulture, $"{SpecFile}: {Passed}/{Total} = {PassRate:P1}");
}
