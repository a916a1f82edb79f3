using IntakeBot.Content.Model;
using IntakeBot.Content.Texts;

namespace IntakeBot.Intake.Conversation;

/// <summary>Records an understood answer. Returns false when the question stays open (e.g. "wat is het verschil?").</summary>
internal static class MainAnswers
{
    public static async Task<bool> ApplyAsync(IntakeTurn turn, string questionId, Answer answer)
    {
        var state = turn.State;
        var value = answer.Value;
        var yes = answer.IsYes;
        switch (questionId)
        {
            case QuestionIds.Language:
                state.Language = value!;
                state.LanguageChosen = true;
                return true;
            case QuestionIds.Role:
                state.Role = value switch
                {
                    "young-person" => Role.YoungPerson,
                    "parent-or-carer" => Role.ParentOrCarer,
                    "professional" => Role.Professional,
                    _ => Role.Other,
                };
                return true;
            case QuestionIds.Organisation:
                if (value == "unknown")
                {
                    await turn.SayAsync("organisation.unknown.help").ConfigureAwait(false);
                    await turn.AskAsync(questionId, retry: true).ConfigureAwait(false);
                    return false;
                }

                state.OrganisationId = value;
                await turn.SayAsync("organisation.chosen").ConfigureAwait(false);
                return true;
            case QuestionIds.KindCheck or QuestionIds.KindChoose when value == "difference":
                await turn.SayAsync("kind.difference").ConfigureAwait(false);
                await turn.AskAsync(questionId).ConfigureAwait(false);
                return false;
            case QuestionIds.KindCheck:
                if (yes && state.ProposedKind is { } proposed)
                {
                    await SetKindAsync(turn, proposed).ConfigureAwait(false);
                }
                else
                {
                    state.ProposalDeclined = true;
                    state.Second = null;
                }

                return true;
            case QuestionIds.KindChoose when value == "vraag":
                await KindFinder.AnswerQuestionAsync(turn).ConfigureAwait(false);
                await IntakeFlow.AskAsync(turn, QuestionIds.FaqContinue).ConfigureAwait(false);
                return false;
            case QuestionIds.KindChoose:
                await SetKindAsync(turn, KindFinder.Parse(value!)!.Value).ConfigureAwait(false);
                return true;
            case QuestionIds.Age:
                state.AgeAsked = true;
                state.AgeGroup = value switch { "yes" => AgeGroup.Under18, "no" => AgeGroup.Adult, _ => AgeGroup.Unknown };
                return true;
            case QuestionIds.TalkedFirst:
                state.TalkedFirst = yes;
                if (!yes)
                {
                    await AdviseTalkingFirstAsync(turn).ConfigureAwait(false);
                }

                return true;
            case QuestionIds.Anonymity:
                state.WantsAnonymity = yes;
                if (yes)
                {
                    // Said now, where it matters, and not again with the route.
                    var key = Content.Routing.Notices.AnonymityKey(CasePlan.For(state, turn.Services).Rule?.Anonymity.Rule ?? AnonymityRuleKind.NotStated);
                    state.NoticesShown.Add(key);
                    await turn.SayAsync(key).ConfigureAwait(false);
                }

                return true;
            case QuestionIds.External:
                state.WantsExternal = yes;
                return true;
            case QuestionIds.Consent:
                state.ConsentToShare = yes;
                return true;
            case QuestionIds.Confidant:
                state.WantsConfidant = yes;
                return true;
            case QuestionIds.Copy:
                state.WantsCopy = yes;
                return true;
            case QuestionIds.Summary:
                state.SummaryConfirmed = value == "ok" || yes;
                if (!state.SummaryConfirmed)
                {
                    await IntakeFlow.AskAsync(turn, QuestionIds.SummaryWhich).ConfigureAwait(false);
                    return false;
                }

                return true;
            case QuestionIds.SummaryWhich:
                await SummaryStep.ChangeAsync(turn, value!, null).ConfigureAwait(false);
                return false;
            case QuestionIds.FaqContinue:
                if (yes)
                {
                    state.Story.Clear();
                    state.StoryDone = false;
                    state.ProposedKind = null;
                    state.ProposalDeclined = false;
                    return true;
                }

                await FinishAsync(turn).ConfigureAwait(false);
                return false;
            case QuestionIds.FinishedMore:
                if (yes)
                {
                    Commands.Reset(turn, keepPerson: true);
                    return true;
                }

                await FinishAsync(turn).ConfigureAwait(false);
                return false;
            default:
                if (QuestionIds.FieldOf(questionId) is { } field)
                {
                    if (answer.Status == AnswerStatus.Skipped)
                    {
                        state.Skipped.Add(field);
                    }
                    else
                    {
                        state.Fields[field] = value!;
                    }

                    return true;
                }

                throw new ArgumentOutOfRangeException(nameof(questionId), questionId, "unknown question");
        }
    }

    /// <summary>Sets the kind, fills in what the story already told, and explains a bezwaar goes to the municipality.</summary>
    public static async Task SetKindAsync(IntakeTurn turn, Kind kind)
    {
        var state = turn.State;
        state.Kind = kind;
        if (state.Second is { } second && second.Kind == kind)
        {
            state.Second = null;
        }

        StoryFacts.Fill(turn, KindFinder.FirstDescription(state));
        if (kind == Kind.Bezwaar)
        {
            state.NoticesShown.Add("notice.bezwaar_not_provider");
            await turn.SayAsync("notice.bezwaar_not_provider").ConfigureAwait(false);
        }
    }

    private static async Task AdviseTalkingFirstAsync(IntakeTurn turn)
    {
        var route = CasePlan.For(turn.State, turn.Services).Route;
        var talk = route.Steps.FirstOrDefault(s => s.Destination.Role is DestinationRole.Employee or DestinationRole.Manager);
        if (talk is not null)
        {
            await turn.SendAsync(turn.Text(talk.Reason with { Arguments = [.. talk.Reason.Arguments, TextArgument.Of("destination", talk.Destination.Name ?? string.Empty)] })).ConfigureAwait(false);
        }
    }

    private static async Task FinishAsync(IntakeTurn turn)
    {
        turn.State.Finished = true;
        turn.State.Pending = null;
        await turn.SayAsync("finished.bye").ConfigureAwait(false);
    }
}
