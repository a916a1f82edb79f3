using IntakeBot.Intake.Cases;
using IntakeBot.Intake.Conversation;

namespace IntakeBot.Intake.Submission;

/// <summary>
/// Creates the case, tells what happens next, and moves on: to the second thing of a two-thing story,
/// or to "anything else?".
/// </summary>
internal static class Submitter
{
    private const int MaxReferenceAttempts = 5;

    public static async Task SubmitAsync(IntakeTurn turn)
    {
        var state = turn.State;
        var plan = CasePlan.For(state, turn.Services);
        var reference = await CreateAsync(turn, plan).ConfigureAwait(false);
        state.Submitted.Add(reference);
        turn.CaseReference = reference;
        turn.BeginTelling(reference);
        await NextSteps.TellAsync(turn, plan, reference).ConfigureAwait(false);

        if (state.Second is { } second)
        {
            Commands.Reset(turn, keepPerson: true);
            var next = turn.State;
            next.Story.Add(second.Description);
            next.StoryDone = true;
            next.ProposedKind = second.Kind;
            await turn.SayAsync("next.second_case").ConfigureAwait(false);
            turn.EndTelling();
            await IntakeFlow.AdvanceAsync(turn).ConfigureAwait(false);
            return;
        }

        turn.EndTelling();
        await IntakeFlow.AskAsync(turn, QuestionIds.FinishedMore).ConfigureAwait(false);
    }

    private static async Task<string> CreateAsync(IntakeTurn turn, CasePlan plan)
    {
        var state = turn.State;
        for (var attempt = 1; ; attempt++)
        {
            var reference = CaseReference.For(plan.Kind, state.SubmissionSeed, state.Submitted.Count, attempt);
            var intakeCase = CaseBuilder.Build(turn, plan, reference);
            try
            {
                await turn.Services.Cases.CreateAsync(intakeCase).ConfigureAwait(false);
                return reference;
            }
            catch (DuplicateCaseReferenceException)
            {
                // This submission ran before and created the case, but its turn's state was never saved (a crash, or a
                // state conflict that runs the turn again): the case is this one, not a second.
                if (await turn.Services.Cases.GetAsync(reference).ConfigureAwait(false) is { } existing
                    && existing.ConversationId == intakeCase.ConversationId)
                {
                    return reference;
                }

                // Otherwise another conversation's case has it, about one in 10^8: the next attempt draws another.
                if (attempt == MaxReferenceAttempts)
                {
                    throw;
                }
            }
        }
    }
}
