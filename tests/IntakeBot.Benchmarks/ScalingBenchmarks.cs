using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using IntakeBot.Recognizers.DateTime;
using IntakeBot.Recognizers.Number;
using IntakeBot.Recognizers.Pii;
using IntakeBot.Understanding.Classification;
using IntakeBot.Understanding.Content;

namespace IntakeBot.Benchmarks;

/// <summary>
/// Time per call as the input grows from 1,000 to 100,000 characters of intake-like text. Linear scanners take about
/// 100 times longer for 100 times the text; a super-linear one would show it here. See docs/benchmarks.md.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private const string Paragraph =
        "Vorige week dinsdag om 3 uur zei mn begeleider dat ik twee weken geen bezoek mocht. Ik heet Sanne, bel me op 0612 34 56 78 of mail sanne@example.nl. ";

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly DateTime Reference = new(2026, 11, 22, 10, 0, 0);

    private MessageClassifier _classifier = null!;
    private string _text = string.Empty;

    [Params(1_000, 10_000, 100_000)]
    public int Length { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _classifier = new MessageClassifier(UnderstandingContent.Load(BenchmarkPaths.ContentRoot()));
        var builder = new StringBuilder(Length + Paragraph.Length);
        while (builder.Length < Length)
        {
            builder.Append(Paragraph);
        }

        _text = builder.ToString(0, Length);
    }

    [Benchmark]
    public int Dates() => DateTimeRecognizer.Recognize(_text, Dutch, Reference).Count;

    [Benchmark]
    public int Numbers() => NumberRecognizer.Recognize(_text, Dutch).Count;

    [Benchmark]
    public int Redaction() => PiiRedactor.Redact(_text, []).Spans.Count;

    [Benchmark]
    public bool Classification() => _classifier.Classify(_text).Crisis;
}
