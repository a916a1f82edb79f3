using IntakeBot.Understanding.Crisis;

namespace IntakeBot.Understanding.Classification;

/// <summary>
/// What a message is about. <paramref name="Confidence"/> is a softmax probability (0..1);
/// <paramref name="Unsure"/> is set below the threshold in content, and then the dialog should ask,
/// offering <paramref name="Alternatives"/> (the next labels, best first). <paramref name="Cues"/>
/// say which rules, crisis phrases and words decided, so staff can see why.
/// </summary>
public sealed record ClassificationResult(
    string Label,
    double Confidence,
    bool Unsure,
    IReadOnlyList<LabelScore> Alternatives,
    bool Crisis,
    IReadOnlyList<string> Cues,
    CrisisAssessment CrisisAssessment);
