using IntakeBot.Content.Texts;

namespace IntakeBot.Intake.Conversation;

/// <summary>One question as asked now: its text, how the answer is read, the buttons, and whether it may be skipped.</summary>
public sealed record QuestionSpec(
    string Id,
    string TextKey,
    AnswerType Type,
    IReadOnlyList<QuestionChoice> Choices,
    bool Optional = false,
    IReadOnlyList<TextArgument>? Arguments = null,
    string? Preface = null);
