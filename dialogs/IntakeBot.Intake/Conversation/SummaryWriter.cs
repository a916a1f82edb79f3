using System.Globalization;
using IntakeBot.Content.Texts;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Intake.Conversation;

/// <summary>Reads the answers back in short lines ("Naam: Sanne de Vries").</summary>
internal static class SummaryWriter
{
    public static string Write(IntakeTurn turn)
    {
        var state = turn.State;
        var lines = new List<string> { turn.Text("summary.intro") };
        if (state.Kind is { } kind)
        {
            lines.Add(Line(turn, "field.kind", turn.Text("choice.kind." + QuestionCatalog.KindName(kind))));
        }

        if (state.OrganisationId is { } organisation)
        {
            lines.Add(Line(turn, "field.organisation", turn.Services.Catalog.Organisation(organisation).ShortName));
        }

        foreach (var field in ChangeableFields(turn))
        {
            lines.Add(Line(turn, "field." + field, Display(turn, field, state.Fields[field])));
        }

        AddFlag(turn, lines, "field.anonymous", state.WantsAnonymity);
        AddFlag(turn, lines, "field.talkedFirst", state.TalkedFirst);
        AddFlag(turn, lines, "field.wantsExternal", state.WantsExternal);
        AddFlag(turn, lines, "field.consentToShare", state.ConsentToShare);
        AddFlag(turn, lines, "field.wantsConfidant", state.WantsConfidant);
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>The fields of this case that have an answer, in the order they were asked.</summary>
    public static IReadOnlyList<string> ChangeableFields(IntakeTurn turn)
    {
        if (turn.State.Kind is null || turn.State.OrganisationId is null)
        {
            return [];
        }

        return [.. CasePlan.For(turn.State, turn.Services).Fields.Select(f => f.Field).Where(turn.State.Fields.ContainsKey)];
    }

    /// <summary>A value as the user reads it: dates in words.</summary>
    public static string Display(IntakeTurn turn, string field, string value)
    {
        if (FieldOrder.TypeOf(field) == AnswerType.Date
            && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return TextRenderer.Date(date, turn.State.Language);
        }

        if (field == CaseFieldNames.Part && turn.State.OrganisationId is { } id
            && turn.Services.Catalog.Organisation(id).Parts.FirstOrDefault(p => p.Id == value) is { } part)
        {
            return part.Name;
        }

        var oneLine = value.ReplaceLineEndings(" ");
        return oneLine.Length > 300 ? oneLine[..300] + "…" : oneLine;
    }

    private static void AddFlag(IntakeTurn turn, List<string> lines, string key, bool? value)
    {
        if (value is { } flag)
        {
            lines.Add(Line(turn, key, turn.Text(flag ? "value.yes" : "value.no")));
        }
    }

    private static string Line(IntakeTurn turn, string labelKey, string value) =>
        turn.Text("summary.line", TextArgument.Of("label", turn.Text(labelKey)), TextArgument.Of("value", value));
}
