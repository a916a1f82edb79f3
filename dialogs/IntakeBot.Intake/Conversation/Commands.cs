using IntakeBot.Dialogs.Interruptions;
using IntakeBot.Intake.Cases;
using IntakeBot.Intake.Resume;

namespace IntakeBot.Intake.Conversation;

/// <summary>What the user can say at any moment: stop, hulp, terug, opnieuw, intrekken, a language, a resume code.</summary>
internal static class Commands
{
    public static async Task<bool> TryHandleAsync(IntakeTurn turn, string? text)
    {
        switch (turn.Services.Interruptions.Match(text))
        {
            case InterruptionCommands.Stop:
                turn.State.Aside = QuestionIds.StopKeepOrDelete;
                turn.State.Attempts = 0;
                await turn.AskAsync(QuestionIds.StopKeepOrDelete).ConfigureAwait(false);
                return true;
            case InterruptionCommands.Help:
                await HelpAsync(turn).ConfigureAwait(false);
                return true;
            case InterruptionCommands.Back:
                await BackAsync(turn).ConfigureAwait(false);
                return true;
            case InterruptionCommands.Restart:
                Reset(turn, keepPerson: false);
                await IntakeFlow.AdvanceAsync(turn).ConfigureAwait(false);
                return true;
            case "withdraw":
                await Withdrawal.StartAsync(turn).ConfigureAwait(false);
                return true;
            case "language-nl":
                await SwitchLanguageAsync(turn, "nl").ConfigureAwait(false);
                return true;
            case "language-en":
                await SwitchLanguageAsync(turn, "en").ConfigureAwait(false);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Switches the language and asks the current question again in it.</summary>
    public static async Task SwitchLanguageAsync(IntakeTurn turn, string language)
    {
        var state = turn.State;
        state.Language = language;
        var answeredNow = !state.LanguageChosen;
        state.LanguageChosen = true;
        if (answeredNow && state.Pending == QuestionIds.Language && state.Aside is null)
        {
            state.History.Add(QuestionIds.Language);
            await IntakeFlow.AdvanceAsync(turn).ConfigureAwait(false);
            return;
        }

        await IntakeFlow.RepromptAsync(turn).ConfigureAwait(false);
    }

    /// <summary>Loads an intake kept under a resume code (any channel), or says the code is unknown.</summary>
    public static async Task ResumeAsync(IntakeTurn turn, string code)
    {
        var codes = new ResumeCodes(turn.Services.Storage, turn.Services.Time, turn.Services.Options.ResumeDays);
        var kept = await codes.TakeAsync(code, default).ConfigureAwait(false);
        if (kept is null)
        {
            await turn.SayAsync("resume.unknown").ConfigureAwait(false);
            await IntakeFlow.RepromptAsync(turn).ConfigureAwait(false);
            return;
        }

        kept.Welcomed = true;
        turn.State = kept;
        await turn.SayAsync("resume.loaded").ConfigureAwait(false);
        await IntakeFlow.RepromptAsync(turn).ConfigureAwait(false);
    }

    /// <summary>
    /// Starts over. The language and an organisation that came from the channel stay; with
    /// <paramref name="keepPerson"/> the person's details stay too (a second message by the same person).
    /// </summary>
    public static void Reset(IntakeTurn turn, bool keepPerson)
    {
        var old = turn.State;
        var fresh = new IntakeState
        {
            Welcomed = old.Welcomed,
            Language = old.Language,
            LanguageChosen = old.LanguageChosen,
            OrganisationId = old.OrganisationFromChannel || keepPerson ? old.OrganisationId : null,
            OrganisationFromChannel = old.OrganisationFromChannel,
            Submitted = old.Submitted,
            // A new intake, so a new seed; derived, not drawn, so that a turn that runs again derives the same one.
            SubmissionSeed = CaseReference.NextSeed(old.SubmissionSeed),
            LastClientActivityId = old.LastClientActivityId,
        };
        if (keepPerson)
        {
            fresh.Role = old.Role;
            fresh.AgeGroup = old.AgeGroup;
            fresh.AgeAsked = old.AgeAsked;
            fresh.NoticesShown = old.NoticesShown;
            foreach (var field in old.Fields.Where(f => CaseFieldNames.Personal.Contains(f.Key) || f.Key == CaseFieldNames.Role))
            {
                fresh.Fields[field.Key] = field.Value;
            }
        }

        turn.State = fresh;
    }

    private static async Task HelpAsync(IntakeTurn turn)
    {
        var current = turn.State.Aside ?? turn.State.Pending;
        var specific = "help.question." + (QuestionIds.FieldOf(current) ?? current);
        await turn.SayAsync(turn.HasText(specific) ? specific : "help.current_question").ConfigureAwait(false);
        await IntakeFlow.RepromptAsync(turn, retry: true).ConfigureAwait(false);
    }

    private static async Task BackAsync(IntakeTurn turn)
    {
        var state = turn.State;
        if (state.Aside is not null || state.History.Count == 0)
        {
            await IntakeFlow.RepromptAsync(turn).ConfigureAwait(false);
            return;
        }

        var previous = state.History[^1];
        state.History.RemoveAt(state.History.Count - 1);
        Forget(state, previous);
        state.Attempts = 0;
        await IntakeFlow.AskAsync(turn, previous).ConfigureAwait(false);
    }

    /// <summary>Forgets the answer to a question so it is asked again.</summary>
    public static void Forget(IntakeState state, string questionId)
    {
        switch (questionId)
        {
            case QuestionIds.Language: state.LanguageChosen = false; break;
            case QuestionIds.Role: state.Role = null; break;
            case QuestionIds.Organisation when !state.OrganisationFromChannel: state.OrganisationId = null; break;
            case QuestionIds.Story: state.StoryDone = false; state.ProposedKind = null; state.ProposalDeclined = false; state.Kind = null; break;
            case QuestionIds.KindCheck: state.Kind = null; state.ProposalDeclined = false; break;
            case QuestionIds.KindChoose: state.Kind = null; break;
            case QuestionIds.Age: state.AgeAsked = false; state.AgeGroup = Content.Model.AgeGroup.Unknown; break;
            case QuestionIds.TalkedFirst: state.TalkedFirst = null; break;
            case QuestionIds.Anonymity: state.WantsAnonymity = null; break;
            case QuestionIds.External: state.WantsExternal = null; break;
            case QuestionIds.Consent: state.ConsentToShare = null; break;
            case QuestionIds.Confidant: state.WantsConfidant = null; break;
            case QuestionIds.Copy: state.WantsCopy = null; break;
            case QuestionIds.Summary: state.SummaryConfirmed = false; break;
            default:
                if (QuestionIds.FieldOf(questionId) is { } field)
                {
                    state.Fields.Remove(field);
                    state.Skipped.Remove(field);
                }

                break;
        }
    }
}
