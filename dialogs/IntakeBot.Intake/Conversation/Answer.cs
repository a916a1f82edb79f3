namespace IntakeBot.Intake.Conversation;

/// <summary>What an answer turned out to be: a value (a choice id, yes/no or text), a skip, or not understood.</summary>
internal sealed record Answer(AnswerStatus Status, string? Value = null)
{
    public static Answer Invalid { get; } = new(AnswerStatus.Invalid);
    public static Answer Skipped { get; } = new(AnswerStatus.Skipped);
    public static Answer Of(string value) => new(AnswerStatus.Value, value);
    public bool IsYes => Status == AnswerStatus.Value && Value == "yes";
}
