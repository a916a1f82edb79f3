using IntakeBot.Intake.Cases;

namespace IntakeBot.Intake.Conversation;

/// <summary>
/// Takes what the story already says (the story itself, a date, a phone number, an e-mail address) so the bot
/// never asks for it again. Everything found is shown in the summary, where the user can change it.
/// </summary>
internal static class StoryFacts
{
    public static void Fill(IntakeTurn turn, string description)
    {
        var state = turn.State;
        state.Fields[CaseFieldNames.Description] = description.Length > AnswerReader.MaxTextLength ? description[..AnswerReader.MaxTextLength] : description;
        TryFill(turn, CaseFieldNames.EventDate, description);
        TryFill(turn, CaseFieldNames.Phone, description);
        TryFill(turn, CaseFieldNames.Email, description);
    }

    private static void TryFill(IntakeTurn turn, string field, string text)
    {
        if (turn.State.Fields.ContainsKey(field))
        {
            return;
        }

        var spec = new QuestionSpec(QuestionIds.Field(field), "question.field." + field, FieldOrder.TypeOf(field), []);
        var answer = AnswerReader.Read(spec, text, turn);
        if (answer.Status == AnswerStatus.Value)
        {
            turn.State.Fields[field] = answer.Value!;
        }
    }
}
