namespace IntakeBot.Casework.Transcripts;

/// <summary>A span of <see cref="TranscriptLine.Text"/> that holds the value of a case field (<see cref="Field"/>, see CaseFieldNames).</summary>
public sealed record TranscriptHighlight(int Start, int Length, string Field);
