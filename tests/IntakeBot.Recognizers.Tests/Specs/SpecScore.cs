namespace IntakeBot.Recognizers.Tests.Specs;

/// <summary>The outcome of grading one spec file.</summary>
internal sealed record SpecScore(int Total, int Passed, IReadOnlyList<string> Failures)
{
    public double Rate => Total == 0 ? 0 : (double)Passed / Total;

    public override string ToString() => $"{Passed}/{Total} ({Rate:P1})\n" + string.Join('\n', Failures);
}
