namespace IntakeBot.Content.Texts;

/// <summary>
/// Keys of the texts the conversation says (welcome, questions, kinds, summary, crisis, bezwaar draft ...).
/// Use these constants instead of string literals; the loader checks that each exists in every language.
/// Field questions are "question.field.&lt;field&gt;" and field labels "field.&lt;field&gt;".
/// </summary>
public static class TextKeys
{
    /// <summary><c>bezwaar.draft.closing</c></summary>
    public const string BezwaarDraftClosing = "bezwaar.draft.closing";

    /// <summary><c>bezwaar.draft.date</c></summary>
    public const string BezwaarDraftDate = "bezwaar.draft.date";

    /// <summary><c>bezwaar.draft.decision</c></summary>
    public const string BezwaarDraftDecision = "bezwaar.draft.decision";

    /// <summary><c>bezwaar.draft.from</c></summary>
    public const string BezwaarDraftFrom = "bezwaar.draft.from";

    /// <summary><c>bezwaar.draft.grounds</c></summary>
    public const string BezwaarDraftGrounds = "bezwaar.draft.grounds";

    /// <summary><c>bezwaar.draft.intro</c></summary>
    public const string BezwaarDraftIntro = "bezwaar.draft.intro";

    /// <summary><c>bezwaar.draft.late</c></summary>
    public const string BezwaarDraftLate = "bezwaar.draft.late";

    /// <summary><c>bezwaar.draft.signature</c></summary>
    public const string BezwaarDraftSignature = "bezwaar.draft.signature";

    /// <summary><c>bezwaar.draft.title</c></summary>
    public const string BezwaarDraftTitle = "bezwaar.draft.title";

    /// <summary><c>bezwaar.draft.to</c></summary>
    public const string BezwaarDraftTo = "bezwaar.draft.to";

    /// <summary><c>bezwaar.draft.what</c></summary>
    public const string BezwaarDraftWhat = "bezwaar.draft.what";

    /// <summary><c>choice.role.other</c></summary>
    public const string ChoiceRoleOther = "choice.role.other";

    /// <summary><c>choice.role.parent_or_carer</c></summary>
    public const string ChoiceRoleParentOrCarer = "choice.role.parent_or_carer";

    /// <summary><c>choice.role.professional</c></summary>
    public const string ChoiceRoleProfessional = "choice.role.professional";

    /// <summary><c>choice.role.young_person</c></summary>
    public const string ChoiceRoleYoungPerson = "choice.role.young_person";

    /// <summary><c>crisis.message</c></summary>
    public const string CrisisMessage = "crisis.message";

    /// <summary><c>help.current_question</c></summary>
    public const string HelpCurrentQuestion = "help.current_question";

    /// <summary><c>kind.bezwaar.explain</c></summary>
    public const string KindBezwaarExplain = "kind.bezwaar.explain";

    /// <summary><c>kind.compliment.explain</c></summary>
    public const string KindComplimentExplain = "kind.compliment.explain";

    /// <summary><c>kind.difference</c></summary>
    public const string KindDifference = "kind.difference";

    /// <summary><c>kind.idee.explain</c></summary>
    public const string KindIdeeExplain = "kind.idee.explain";

    /// <summary><c>kind.klacht.explain</c></summary>
    public const string KindKlachtExplain = "kind.klacht.explain";

    /// <summary><c>kind.signaal.explain</c></summary>
    public const string KindSignaalExplain = "kind.signaal.explain";

    /// <summary><c>kind.two_things</c></summary>
    public const string KindTwoThings = "kind.two_things";

    /// <summary><c>next.case_created</c></summary>
    public const string NextCaseCreated = "next.case_created";

    /// <summary><c>next.meanwhile_confidant</c></summary>
    public const string NextMeanwhileConfidant = "next.meanwhile_confidant";

    /// <summary><c>next.who_contacts</c></summary>
    public const string NextWhoContacts = "next.who_contacts";

    /// <summary><c>organisation.unknown.help</c></summary>
    public const string OrganisationUnknownHelp = "organisation.unknown.help";

    /// <summary><c>question.age.under18</c></summary>
    public const string QuestionAgeUnder18 = "question.age.under18";

    /// <summary><c>question.anonymity.wish</c></summary>
    public const string QuestionAnonymityWish = "question.anonymity.wish";

    /// <summary><c>question.confidant.offer</c></summary>
    public const string QuestionConfidantOffer = "question.confidant.offer";

    /// <summary><c>question.consent.share</c></summary>
    public const string QuestionConsentShare = "question.consent.share";

    /// <summary><c>question.crisis.continue</c></summary>
    public const string QuestionCrisisContinue = "question.crisis.continue";

    /// <summary><c>question.external.wish</c></summary>
    public const string QuestionExternalWish = "question.external.wish";

    /// <summary><c>question.faq.continue</c></summary>
    public const string QuestionFaqContinue = "question.faq.continue";

    /// <summary><c>question.kind.check_bezwaar</c></summary>
    public const string QuestionKindCheckBezwaar = "question.kind.check_bezwaar";

    /// <summary><c>question.kind.check_compliment</c></summary>
    public const string QuestionKindCheckCompliment = "question.kind.check_compliment";

    /// <summary><c>question.kind.check_idee</c></summary>
    public const string QuestionKindCheckIdee = "question.kind.check_idee";

    /// <summary><c>question.kind.check_klacht</c></summary>
    public const string QuestionKindCheckKlacht = "question.kind.check_klacht";

    /// <summary><c>question.kind.check_signaal</c></summary>
    public const string QuestionKindCheckSignaal = "question.kind.check_signaal";

    /// <summary><c>question.kind.choose</c></summary>
    public const string QuestionKindChoose = "question.kind.choose";

    /// <summary><c>question.klacht.talked_first</c></summary>
    public const string QuestionKlachtTalkedFirst = "question.klacht.talked_first";

    /// <summary><c>question.next.copy_email</c></summary>
    public const string QuestionNextCopyEmail = "question.next.copy_email";

    /// <summary><c>question.organisation.which</c></summary>
    public const string QuestionOrganisationWhich = "question.organisation.which";

    /// <summary><c>question.retry.offer</c></summary>
    public const string QuestionRetryOffer = "question.retry.offer";

    /// <summary><c>question.scheme.which</c></summary>
    public const string QuestionSchemeWhich = "question.scheme.which";

    /// <summary><c>question.stop.keep_or_delete</c></summary>
    public const string QuestionStopKeepOrDelete = "question.stop.keep_or_delete";

    /// <summary><c>question.story.what</c></summary>
    public const string QuestionStoryWhat = "question.story.what";

    /// <summary><c>question.summary.correct</c></summary>
    public const string QuestionSummaryCorrect = "question.summary.correct";

    /// <summary><c>question.welcome.language</c></summary>
    public const string QuestionWelcomeLanguage = "question.welcome.language";

    /// <summary><c>question.welcome.role</c></summary>
    public const string QuestionWelcomeRole = "question.welcome.role";

    /// <summary><c>resume.code</c></summary>
    public const string ResumeCode = "resume.code";

    /// <summary><c>story.heard</c></summary>
    public const string StoryHeard = "story.heard";

    /// <summary><c>summary.intro</c></summary>
    public const string SummaryIntro = "summary.intro";

    /// <summary><c>welcome.intro.bot</c></summary>
    public const string WelcomeIntroBot = "welcome.intro.bot";

    /// <summary><c>welcome.intro.data</c></summary>
    public const string WelcomeIntroData = "welcome.intro.data";

    /// <summary>The question key of a field, e.g. "question.field.phone".</summary>
    public static string FieldQuestion(string field) => "question.field." + field;

    /// <summary>The summary label key of a field, e.g. "field.phone".</summary>
    public static string FieldLabel(string field) => "field." + field;

    internal static readonly IReadOnlyList<string> All =
    [
        BezwaarDraftClosing, BezwaarDraftDate, BezwaarDraftDecision, BezwaarDraftFrom, BezwaarDraftGrounds, BezwaarDraftIntro, BezwaarDraftLate, BezwaarDraftSignature, BezwaarDraftTitle, BezwaarDraftTo, BezwaarDraftWhat, ChoiceRoleOther, ChoiceRoleParentOrCarer, ChoiceRoleProfessional, ChoiceRoleYoungPerson, CrisisMessage, HelpCurrentQuestion, KindBezwaarExplain, KindComplimentExplain, KindDifference, KindIdeeExplain, KindKlachtExplain, KindSignaalExplain, KindTwoThings, NextCaseCreated, NextMeanwhileConfidant, NextWhoContacts, OrganisationUnknownHelp, QuestionAgeUnder18, QuestionAnonymityWish, QuestionConfidantOffer, QuestionConsentShare, QuestionCrisisContinue, QuestionExternalWish, QuestionFaqContinue, QuestionKindCheckBezwaar, QuestionKindCheckCompliment, QuestionKindCheckIdee, QuestionKindCheckKlacht, QuestionKindCheckSignaal, QuestionKindChoose, QuestionKlachtTalkedFirst, QuestionNextCopyEmail, QuestionOrganisationWhich, QuestionRetryOffer, QuestionSchemeWhich, QuestionStopKeepOrDelete, QuestionStoryWhat, QuestionSummaryCorrect, QuestionWelcomeLanguage, QuestionWelcomeRole, ResumeCode, StoryHeard, SummaryIntro, WelcomeIntroBot, WelcomeIntroData,
    ];
}
