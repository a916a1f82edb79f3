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
        await NextSteps.TellAsync(turn, plan, reference).ConfigureAwait(false);

        if (state.Second is { } second)
        {
            Commands.Reset(turn, keepPerson: true);
            var next = turn.State;
            next.Story.Add(second.Description);
            next.StoryDone = true;
            next.ProposedKind = second.Kind;
            await turn.SayAsync("next.second_case").ConfigureAwait(false);
            await IntakeFlow.AdvanceAsync(turn).ConfigureAwait(false);
            return;
        }

        await IntakeFlow.AskAsync(turn, QuestionIds.FinishedMore).ConfigureAwait(false);
    }

    private static async Task<string> CreateAsync(IntakeTurn turn, CasePlan plan)
    {
        for (var attempt = 1; ; attempt++)
        {
            var reference = CaseReference.New(plan.Kind);
            try
            {
                await turn.Services.Cases.CreateAsync(CaseBuilder.Build(turn, plan, reference)).ConfigureAwait(false);
                return reference;
            }
            catch (DuplicateCaseReferenceException) when (attempt < MaxReferenceAttempts)
            {
                // About one in 10^8 per case: draw another reference.
            }
        }
    }
}
