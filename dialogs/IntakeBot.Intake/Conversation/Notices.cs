using IntakeBot.Intake.Cases;

namespace IntakeBot.Intake.Conversation;

/// <summary>Things said once, right before the question they explain.</summary>
internal static class Notices
{
    private const string AnonymityNotAllowed = "notice.anonymity_not_allowed";

    public static async Task BeforeAsync(IntakeTurn turn, string questionId)
    {
        var field = QuestionIds.FieldOf(questionId);
        if (field is not null && CaseFieldNames.Personal.Contains(field) && turn.State.Kind is not null
            && !turn.State.NoticesShown.Contains(AnonymityNotAllowed)
            && CasePlan.For(turn.State, turn.Services).AnonymityNotAllowed)
        {
            turn.State.NoticesShown.Add(AnonymityNotAllowed);
            await turn.SayAsync(AnonymityNotAllowed).ConfigureAwait(false);
        }
    }
}
