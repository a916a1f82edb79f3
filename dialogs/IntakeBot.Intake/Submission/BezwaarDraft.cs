using System.Globalization;
using IntakeBot.Content.Texts;
using IntakeBot.Intake.Cases;
using IntakeBot.Intake.Conversation;

namespace IntakeBot.Intake.Submission;

/// <summary>
/// A draft bezwaarschrift in plain words with what Awb 6:5 requires: name and address, date, the decision
/// (date and reference), the grounds, and a line for the signature. A late objection says why it is late.
/// </summary>
internal static class BezwaarDraft
{
    public static string Write(IntakeTurn turn, CasePlan plan)
    {
        var fields = turn.State.Fields;
        string Field(string name) => fields.GetValueOrDefault(name) ?? "…";
        var decisionDate = fields.TryGetValue(CaseFieldNames.DecisionDate, out var date)
            && DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? TextRenderer.Date(parsed, turn.State.Language)
            : "…";
        var municipality = turn.Services.Catalog.Bezwaar.Municipalities.FirstOrDefault(m => m.Id == plan.Organisation.DefaultMunicipality);
        var address = string.Join(", ", new[] { Field(CaseFieldNames.Address), fields.GetValueOrDefault(CaseFieldNames.City) }.Where(v => !string.IsNullOrWhiteSpace(v)));

        var lines = new List<string>
        {
            turn.Text("bezwaar.draft.intro"),
            string.Empty,
            turn.Text("bezwaar.draft.title"),
            turn.Text("bezwaar.draft.to", TextArgument.Of("municipality", municipality?.Name ?? turn.Text("destination.unknown_municipality"))),
            turn.Text("bezwaar.draft.date", TextArgument.OfDate("date", turn.Services.Today)),
            turn.Text("bezwaar.draft.from", TextArgument.Of("name", Field(CaseFieldNames.Name)), TextArgument.Of("address", address)),
            turn.Text("bezwaar.draft.decision", TextArgument.Of("decisionDate", decisionDate), TextArgument.Of("decisionReference", Field(CaseFieldNames.DecisionReference))),
            turn.Text("bezwaar.draft.what", TextArgument.Of("decisionDescription", Field(CaseFieldNames.DecisionDescription))),
            turn.Text("bezwaar.draft.grounds", TextArgument.Of("grounds", Field(CaseFieldNames.Grounds))),
        };
        if (fields.TryGetValue(CaseFieldNames.LateReason, out var reason))
        {
            lines.Add(turn.Text("bezwaar.draft.late", TextArgument.Of("reason", reason)));
        }

        lines.Add(turn.Text("bezwaar.draft.closing"));
        lines.Add(Field(CaseFieldNames.Name));
        lines.Add(turn.Text("bezwaar.draft.signature"));
        if (municipality?.Channels.FirstOrDefault(c => c.Url is not null) is { } online)
        {
            lines.Add(string.Empty);
            lines.Add(turn.Text("bezwaar.form_link", TextArgument.Of("link", online.Url!)));
        }

        return string.Join(Environment.NewLine, lines);
    }
}
