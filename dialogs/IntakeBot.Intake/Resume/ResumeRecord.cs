using IntakeBot.Intake.Conversation;

namespace IntakeBot.Intake.Resume;

/// <summary>An unfinished intake kept under a resume code until <see cref="ExpiresAt"/>.</summary>
internal sealed record ResumeRecord(IntakeState State, DateTimeOffset ExpiresAt);
