using System.Globalization;
using BenchmarkDotNet.Attributes;
using IntakeBot.Recognizers;
using IntakeBot.Recognizers.DateTime;
using IntakeBot.Recognizers.Number;

namespace IntakeBot.Benchmarks;

/// <summary>
/// Date and number recognition on typical intake sentences. Target: at least 20,000 date recognitions per second
/// per core, i.e. a mean under 50 µs for <see cref="RecognizeDate"/>.
/// </summary>
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly DateTime Reference = new(2026, 11, 22, 10, 0, 0, DateTimeKind.Unspecified);

    [Params(
        "vorige week dinsdag om 3 uur werd ik geslagen door mijn begeleider",
        "gisteren zei ze dat ik niet meer mocht bellen",
        "sinds de herfstvakantie luistere ze nooit meer naar me",
        "ik heb op 03-02-2025 een brief gekregen van de gemeente",
        "ze luistere nooit en ik ben het zat")]
    public string Sentence { get; set; } = string.Empty;

    [Benchmark]
    public IReadOnlyList<ModelResult> RecognizeDate() => DateTimeRecognizer.Recognize(Sentence, Dutch, Reference);

    [Benchmark]
    public IReadOnlyList<ModelResult> RecognizeNumber() => NumberRecognizer.Recognize(Sentence, Dutch);

    [Benchmark]
    public IReadOnlyList<ModelResult> RecognizeOrdinalChoice() => OrdinalRecognizer.Recognize("doe maar nummer 2, de tweede", Dutch);
}
