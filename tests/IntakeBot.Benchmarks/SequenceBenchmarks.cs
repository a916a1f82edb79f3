using BenchmarkDotNet.Attributes;
using IntakeBot.Recognizers;
using IntakeBot.Recognizers.Pii;
using IntakeBot.Recognizers.Sequence;

namespace IntakeBot.Benchmarks;

/// <summary>Phone recognition and PII redaction on a typical intake message (synthetic data).</summary>
[MemoryDiagnoser]
public class SequenceBenchmarks
{
    private const string IntakeMessage =
        "hoi ik heet Sanne de Vries en ben 14, mijn begeleider bij kracht luistert nooit. ik woon op de Dorpsstraat 12a, "
        + "2514 AB Den Haag. bel me op 06-12345678 of mail sanne.devries@example.nl. geboren op 3-4-2012";

    private static readonly KnownPiiValue[] Known =
    [
        new("Sanne de Vries", PiiKind.Name, "ask-name"),
        new("0612345678", PiiKind.PhoneNumber, "ask-phone"),
    ];

    [Benchmark]
    public IReadOnlyList<ModelResult> RecognizePhoneNumber() => PhoneNumberRecognizer.Recognize(IntakeMessage);

    [Benchmark]
    public RedactionResult RedactWithoutKnownValues() => PiiRedactor.Redact(IntakeMessage, []);

    [Benchmark]
    public RedactionResult RedactWithKnownValues() => PiiRedactor.Redact(IntakeMessage, Known);
}
