using IntakeBot.Content.Model;
using IntakeBot.Content.Texts;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Intake.Conversation;

/// <summary>Builds the question for an id: text key, answer type and buttons (labels from content).</summary>
internal static class QuestionCatalog
{
    public static QuestionSpec Build(string id, IntakeTurn turn)
    {
        var state = turn.State;
        return id switch
        {
            QuestionIds.Language => new(id, "question.welcome.language", AnswerType.Choice,
                [new("nl", turn.Text("choice.language.nl"), Words(turn, "language_nl")), new("en", turn.Text("choice.language.en"), Words(turn, "language_en"))]),
            QuestionIds.Role => new(id, "question.welcome.role", AnswerType.Choice,
            [
                new("young-person", turn.Text("choice.role.young_person"), Words(turn, "role_young_person")),
                new("parent-or-carer", turn.Text("choice.role.parent_or_carer"), Words(turn, "role_parent_or_carer")),
                new("professional", turn.Text("choice.role.professional"), Words(turn, "role_professional")),
                new("other", turn.Text("choice.role.other"), Words(turn, "role_other")),
            ]),
            QuestionIds.Organisation => new(id, "question.organisation.which", AnswerType.Choice,
                [.. turn.Services.Catalog.Organisations.Values.OrderBy(o => o.ShortName, StringComparer.Ordinal).Select(o => new QuestionChoice(o.Id, o.ShortName)),
                 new("unknown", turn.Text("choice.dont_know"))]),
            QuestionIds.Story => new(id, "question.story.what", AnswerType.Story, [new("done", turn.Text("choice.done"))]),
            QuestionIds.KindCheck => new(id, "question.kind.check_" + KindName(state.ProposedKind ?? Kind.Klacht), AnswerType.YesNo, YesNo(turn, withDifference: true)),
            QuestionIds.KindChoose => new(id, "question.kind.choose", AnswerType.Choice,
            [
                .. Enum.GetValues<Kind>().Where(k => k != Kind.Idee || OrganisationHas(turn, Kind.Idee)).Select(k => new QuestionChoice(KindName(k), turn.Text("choice.kind." + KindName(k)))),
                new("vraag", turn.Text("choice.kind.vraag")),
                new("difference", turn.Text("choice.difference")),
            ], Preface: string.Join(Environment.NewLine, Enum.GetValues<Kind>().Where(k => k != Kind.Idee || OrganisationHas(turn, Kind.Idee)).Select(k => "• " + turn.Text("kind." + KindName(k) + ".explain")))),
            QuestionIds.Age => new(id, "question.age.under18", AnswerType.YesNo, [.. YesNo(turn), new("dont_know", turn.Text("choice.dont_know"))]),
            QuestionIds.TalkedFirst => new(id, "question.klacht.talked_first", AnswerType.YesNo, YesNo(turn)),
            QuestionIds.Anonymity => new(id, "question.anonymity.wish", AnswerType.YesNo, YesNo(turn)),
            QuestionIds.External => new(id, "question.external.wish", AnswerType.YesNo, YesNo(turn)),
            QuestionIds.Consent => new(id, "question.consent.share", AnswerType.YesNo, YesNo(turn)),
            QuestionIds.Confidant => new(id, "question.confidant.offer", AnswerType.YesNo, YesNo(turn)),
            QuestionIds.Copy => new(id, "question.next.copy_email", AnswerType.YesNo, YesNo(turn)),
            QuestionIds.FaqContinue => new(id, "question.faq.continue", AnswerType.YesNo, YesNo(turn)),
            QuestionIds.FinishedMore => new(id, "question.finished.more", AnswerType.YesNo,
                [new("yes", turn.Text("choice.new_message")), new("no", turn.Text("choice.finish"))]),
            QuestionIds.Summary => new(id, "question.summary.correct", AnswerType.Choice,
                [new("ok", turn.Text("choice.summary.ok"), Words(turn, "summary_ok")), new("change", turn.Text("choice.summary.change"))],
                Preface: SummaryWriter.Write(turn)),
            QuestionIds.SummaryWhich => new(id, "question.summary.which", AnswerType.Choice,
                [.. SummaryWriter.ChangeableFields(turn).Select(f => new QuestionChoice(f, turn.Text("field." + f)))]),
            QuestionIds.CrisisContinue => new(id, "question.crisis.continue", AnswerType.Choice,
                [new("continue", turn.Text("choice.continue")), new("stop", turn.Text("choice.stop"))]),
            QuestionIds.StopKeepOrDelete => new(id, "question.stop.keep_or_delete", AnswerType.Choice,
                [new("keep", turn.Text("choice.keep")), new("delete", turn.Text("choice.delete"))]),
            QuestionIds.RetryOffer => new(id, "question.retry.offer", AnswerType.Choice, RetryChoices(turn)),
            QuestionIds.WithdrawReference => new(id, "question.withdraw.reference", AnswerType.Text, []),
            QuestionIds.WithdrawCheck => new(id, "question.withdraw.check", AnswerType.Text, []),
            _ when QuestionIds.FieldOf(id) is { } field => FieldQuestion(id, field, turn),
            _ => throw new ArgumentOutOfRangeException(nameof(id), id, "unknown question"),
        };
    }

    /// <summary>The kind's name as used in content keys and case JSON ("klacht").</summary>
    public static string KindName(Kind kind) => kind switch
    {
        Kind.Klacht => "klacht",
        Kind.Bezwaar => "bezwaar",
        Kind.Signaal => "signaal",
        Kind.Compliment => "compliment",
        Kind.Idee => "idee",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>True when the field may be skipped in the current plan.</summary>
    public static bool IsOptional(IntakeTurn turn, string field) =>
        CasePlan.For(turn.State, turn.Services).Fields.FirstOrDefault(f => f.Field == field) is { Field: not null } planned && planned.Optional;

    private static QuestionSpec FieldQuestion(string id, string field, IntakeTurn turn)
    {
        var optional = IsOptional(turn, field);
        var type = FieldOrder.TypeOf(field);
        var choices = new List<QuestionChoice>();
        if (field == CaseFieldNames.Part)
        {
            var parts = turn.Services.Catalog.Organisation(turn.State.OrganisationId!).Parts.Where(p => p.Type != "scheme");
            choices.AddRange(parts.Select(p => new QuestionChoice(p.Id, p.Name, p.Aliases)));
            if (choices.Count == 0)
            {
                type = AnswerType.Text;
            }
        }

        if (optional)
        {
            choices.Add(new("skip", turn.Text("choice.skip")));
        }

        return new(id, "question.field." + field, type, choices, optional);
    }

    private static List<QuestionChoice> RetryChoices(IntakeTurn turn)
    {
        var choices = new List<QuestionChoice>();
        var field = QuestionIds.FieldOf(turn.State.Pending);
        if (field is not null && turn.State.Kind is not null && IsOptional(turn, field))
        {
            choices.Add(new("skip", turn.Text("choice.skip")));
        }

        choices.Add(new("call", turn.Text("choice.call")));
        choices.Add(new("later", turn.Text("choice.later")));
        return choices;
    }

    private static List<QuestionChoice> YesNo(IntakeTurn turn, bool withDifference = false)
    {
        List<QuestionChoice> choices = [new("yes", turn.Text("choice.yes")), new("no", turn.Text("choice.no"))];
        if (withDifference)
        {
            choices.Add(new("difference", turn.Text("choice.difference")));
        }

        return choices;
    }

    private static IReadOnlyList<string> Words(IntakeTurn turn, string list) => turn.Services.Words.Synonyms(list);

    private static bool OrganisationHas(IntakeTurn turn, Kind kind) =>
        turn.State.OrganisationId is { } id && turn.Services.Catalog.Organisation(id).RulesFor(kind).Count > 0;

    /// <summary>Arguments every question may use.</summary>
    public static TextArgument[] CommonArguments(IntakeTurn turn) =>
        turn.State.OrganisationId is { } id ? [TextArgument.Of("organisation", turn.Services.Catalog.Organisation(id).ShortName)] : [];
}
