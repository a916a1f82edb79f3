using IntakeBot.Intake.Understanding;

namespace IntakeBot.Intake.Conversation;

/// <summary>
/// Changing an answer from the summary without starting over: "wijzig mijn telefoonnummer" asks that one question
/// again; "mijn nummer is 06 12345678" changes it at once. Then the summary comes back.
/// </summary>
internal static class SummaryStep
{
    /// <summary>Handles a change request; false when the message is not one (then it is read as yes/no).</summary>
    public static async Task<bool> TryChangeAsync(IntakeTurn turn, string? text)
    {
        var spec = QuestionCatalog.Build(QuestionIds.Summary, turn);
        var choice = AnswerReader.FindChoice(spec, text ?? string.Empty);
        if (choice == "ok")
        {
            return false;
        }

        var changeable = SummaryWriter.ChangeableFields(turn);
        var plannable = CasePlan.For(turn.State, turn.Services).Fields.Select(f => f.Field).ToList();
        var named = turn.Services.Words.FieldsIn(text, plannable);
        if (named.Count == 0)
        {
            if (choice == "change" || turn.Services.Words.Contains(AnswerWords.Change, text) || AnswerReader.YesNo(text ?? string.Empty).Value == "no")
            {
                await IntakeFlow.AskAsync(turn, QuestionIds.SummaryWhich).ConfigureAwait(false);
                return true;
            }

            return false;
        }

        var field = named.FirstOrDefault(changeable.Contains) ?? named[0];
        await ChangeAsync(turn, field, text).ConfigureAwait(false);
        return true;
    }

    /// <summary>Takes the new value from the message when it holds one, else asks the field's question again.</summary>
    public static async Task ChangeAsync(IntakeTurn turn, string field, string? text)
    {
        var state = turn.State;
        state.SummaryConfirmed = false;
        var type = FieldOrder.TypeOf(field);
        if (text is not null && type is AnswerType.Phone or AnswerType.Email or AnswerType.Date)
        {
            var answer = AnswerReader.Read(new QuestionSpec(QuestionIds.Field(field), "question.field." + field, type, []), text, turn);
            if (answer.Status == AnswerStatus.Value)
            {
                state.Fields[field] = answer.Value!;
                state.Skipped.Remove(field);
                await turn.SayAsync("summary.changed").ConfigureAwait(false);
                await IntakeFlow.AdvanceAsync(turn).ConfigureAwait(false);
                return;
            }
        }

        state.Fields.Remove(field);
        state.Skipped.Remove(field);
        await IntakeFlow.AskAsync(turn, QuestionIds.Field(field)).ConfigureAwait(false);
    }
}
