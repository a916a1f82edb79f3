using IntakeBot.Intake.Cases;

namespace IntakeBot.Intake.Conversation;

/// <summary>The order fields are asked in: the story first, then the details, then who you are and how to reach you.</summary>
internal static class FieldOrder
{
    public static readonly IReadOnlyList<string> Asked =
    [
        CaseFieldNames.Description, CaseFieldNames.Employee, CaseFieldNames.Location, CaseFieldNames.Part,
        CaseFieldNames.EventDate, "eventTime", CaseFieldNames.ShouldHaveHappened, CaseFieldNames.DesiredOutcome,
        CaseFieldNames.DecisionDate, CaseFieldNames.DecisionReference, CaseFieldNames.DecisionDescription,
        CaseFieldNames.Grounds, CaseFieldNames.LateReason, CaseFieldNames.Role, CaseFieldNames.Name,
        CaseFieldNames.Address, CaseFieldNames.City, CaseFieldNames.Phone, CaseFieldNames.Email,
    ];

    /// <summary>Fields the bot fills in itself (the letter's date, the signature line), never asked.</summary>
    public static readonly IReadOnlySet<string> FilledIn = new HashSet<string>(StringComparer.Ordinal) { "date", "signature" };

    /// <summary>How a field's answer is read.</summary>
    public static AnswerType TypeOf(string field) => field switch
    {
        CaseFieldNames.EventDate or CaseFieldNames.DecisionDate => AnswerType.Date,
        CaseFieldNames.Phone => AnswerType.Phone,
        CaseFieldNames.Email => AnswerType.Email,
        CaseFieldNames.Part => AnswerType.Choice,
        _ => AnswerType.Text,
    };
}
