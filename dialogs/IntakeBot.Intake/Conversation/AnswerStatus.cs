namespace IntakeBot.Intake.Conversation;

/// <summary>Whether an answer was understood.</summary>
internal enum AnswerStatus
{
    Value,
    Skipped,
    Invalid,
}
