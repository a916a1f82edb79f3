namespace IntakeBot.Intake.Conversation;

/// <summary>The questions of the intake. Field questions are "field:" plus the field name.</summary>
public static class QuestionIds
{
    public const string Language = "language";
    public const string Role = "role";
    public const string Organisation = "organisation";
    public const string Story = "story";
    public const string KindCheck = "kind.check";
    public const string KindChoose = "kind.choose";
    public const string Age = "age";
    public const string TalkedFirst = "talked-first";
    public const string Anonymity = "anonymity";
    public const string External = "external";
    public const string Consent = "consent";
    public const string Confidant = "confidant";
    public const string Summary = "summary";
    public const string SummaryWhich = "summary.which";
    public const string Copy = "copy";
    public const string FaqContinue = "faq.continue";
    public const string FinishedMore = "finished.more";
    public const string FieldPrefix = "field:";

    // Asides: asked in between, the main question waits.
    public const string CrisisContinue = "crisis.continue";
    public const string StopKeepOrDelete = "stop.keep-or-delete";
    public const string RetryOffer = "retry.offer";
    public const string WithdrawReference = "withdraw.reference";
    public const string WithdrawCheck = "withdraw.check";

    /// <summary>The question id of a field.</summary>
    public static string Field(string field) => FieldPrefix + field;

    /// <summary>The field of a field question, or null.</summary>
    public static string? FieldOf(string? questionId) =>
        questionId is not null && questionId.StartsWith(FieldPrefix, StringComparison.Ordinal) ? questionId[FieldPrefix.Length..] : null;
}
