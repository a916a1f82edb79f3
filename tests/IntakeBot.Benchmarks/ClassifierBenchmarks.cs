using BenchmarkDotNet.Attributes;
using IntakeBot.Understanding.Classification;
using IntakeBot.Understanding.Content;
using IntakeBot.Understanding.Crisis;

namespace IntakeBot.Benchmarks;

/// <summary>
/// Classifier throughput on typical intake messages (target: at least 50,000 classifications/s per core,
/// i.e. under 20 µs per message), plus the crisis check alone and start-up training (target under 1 s).
/// </summary>
[MemoryDiagnoser]
public class ClassifierBenchmarks
{
    private static readonly string[] Messages =
    [
        "mn begeleider luistert nooit naar me en ze bellen nie terug",
        "Ik heb een brief van de gemeente ontvangen dat de indicatie voor begeleiding van mijn zoon stopt.",
        "wil ff laten weten dat er op de groep veel gepest word",
        "ik wil dood",
        "mn mentor is echt goud, bedankt!!",
        "hoe lang duurt het voordat ik iets hoor?",
        "bezwaar tegen mn begeleider hij is kkr respectloos wollah",
        "hallo??",
    ];

    private UnderstandingContent _content = null!;
    private MessageClassifier _classifier = null!;
    private CrisisDetector _crisis = null!;

    [GlobalSetup]
    public void Setup()
    {
        _content = UnderstandingContent.Load(BenchmarkPaths.ContentRoot());
        _classifier = new MessageClassifier(_content);
        _crisis = _classifier.CrisisDetector;
    }

    /// <summary>One pass over the eight messages; divide the time by eight for one classification.</summary>
    [Benchmark(OperationsPerInvoke = 8)]
    public int Classify()
    {
        var total = 0;
        foreach (var message in Messages)
        {
            total += _classifier.Classify(message).Label.Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = 8)]
    public int DetectCrisis()
    {
        var total = 0;
        foreach (var message in Messages)
        {
            total += _crisis.Detect(message).IsCrisis ? 1 : 0;
        }

        return total;
    }

    [Benchmark]
    public MessageClassifier Train() => new(_content);
}
