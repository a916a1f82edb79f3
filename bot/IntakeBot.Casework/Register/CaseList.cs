namespace IntakeBot.Casework.Register;

/// <summary>One page of a case list and the number of all matching cases.</summary>
public sealed record CaseList(IReadOnlyList<CaseRecord> Cases, int Total);
