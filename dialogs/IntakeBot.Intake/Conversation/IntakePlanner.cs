namespace IntakeBot.Intake.Conversation;

/// <summary>
/// Picks the next main question from what is known. Everything the user already said is never asked again
/// (WCAG 3.3.7): a question is only planned while its answer is missing.
/// </summary>
internal static class IntakePlanner
{
    /// <summary>The id of the submit step: no question left.</summary>
    public const string Submit = "submit";

    public static string Next(IntakeState state, IntakeServices services)
    {
        if (!state.LanguageChosen)
        {
            return QuestionIds.Language;
        }

        if (state.Role is null)
        {
            return QuestionIds.Role;
        }

        if (state.OrganisationId is null)
        {
            return QuestionIds.Organisation;
        }

        if (!state.StoryDone)
        {
            return QuestionIds.Story;
        }

        if (state.Kind is null)
        {
            return state.ProposedKind is null || state.ProposalDeclined ? QuestionIds.KindChoose : QuestionIds.KindCheck;
        }

        var plan = CasePlan.For(state, services);
        if (plan.NeedsAge && !state.AgeAsked)
        {
            return QuestionIds.Age;
        }

        if (plan.HasTalkFirstStep && state.TalkedFirst is null)
        {
            return QuestionIds.TalkedFirst;
        }

        if (plan.AsksAnonymity && state.WantsAnonymity is null)
        {
            return QuestionIds.Anonymity;
        }

        if (plan.HasDirectExternal && state.WantsExternal is null)
        {
            return QuestionIds.External;
        }

        foreach (var (field, _) in plan.Fields)
        {
            if (!state.Fields.ContainsKey(field) && !state.Skipped.Contains(field))
            {
                return QuestionIds.Field(field);
            }
        }

        if (plan.AsksConsent && state.WantsAnonymity != true && state.ConsentToShare is null)
        {
            return QuestionIds.Consent;
        }

        if (plan.OffersConfidant && state.WantsConfidant is null)
        {
            return QuestionIds.Confidant;
        }

        if (!state.SummaryConfirmed)
        {
            return QuestionIds.Summary;
        }

        if (state.Fields.ContainsKey(Cases.CaseFieldNames.Email) && state.WantsCopy is null)
        {
            return QuestionIds.Copy;
        }

        return Submit;
    }
}
