namespace IntakeBot.Recognizers.Tests.Specs;

/// <summary>How much of a spec's resolution a grade checks.</summary>
internal enum ResolutionRule
{
    /// <summary>Every key the spec gives, compared exactly by <see cref="ResolutionComparer"/> (numbers, dates).</summary>
    AllKeys,

    /// <summary>
    /// Only "value", ignoring case (sequences, yes/no): Recognizers-Text lower-cases sequence input, while ours keep
    /// the case the user typed; its yes/no "score" is a heuristic we do not copy.
    /// </summary>
    ValueIgnoringCase,
}
