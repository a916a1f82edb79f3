using System.Globalization;
using BenchmarkDotNet.Attributes;
using IntakeBot.Recognizers.Choice;

namespace IntakeBot.Benchmarks;

[MemoryDiagnoser]
public class BooleanRecognizerBenchmarks
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    [Benchmark]
    public BooleanRecognition? RecognizeInformalYes() => BooleanRecognizer.Recognize("jaaa is goed hoor", Dutch);
}
