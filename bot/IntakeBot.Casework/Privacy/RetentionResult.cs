namespace IntakeBot.Casework.Privacy;

/// <summary>What one retention pass deleted.</summary>
public sealed record RetentionResult(int CasesDeleted, int TranscriptsDeleted, int AbandonedTranscriptsDeleted);
