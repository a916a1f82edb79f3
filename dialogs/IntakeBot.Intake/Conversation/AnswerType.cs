namespace IntakeBot.Intake.Conversation;

/// <summary>How an answer is read.</summary>
public enum AnswerType
{
    Choice,
    YesNo,
    Text,
    Date,
    Phone,
    Email,
    Story,
}
