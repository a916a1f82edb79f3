using System.Globalization;
using IntakeBot.Content;
using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Casework.Delivery;

/// <summary>
/// The words of the two e-mails. The organisation's notification says what an officer needs to act (kind, reference,
/// deadlines, the link to the case page) and deliberately no name, story or contact detail: those stay behind the
/// staff sign-in. The person's own copy holds what they told, in their language.
/// </summary>
internal sealed class DeliveryMailComposer(IDeliveryTexts texts, ContentCatalog catalog, DeliverySettings settings)
{
    public OutgoingMail ForOrganisation(CaseEvent caseEvent, IntakeCase intakeCase, string target, string to)
    {
        var words = new DeliveryWording(texts, "nl");
        var kind = words.KindName(intakeCase.Kind);
        var reference = intakeCase.Reference;
        var withdrawn = caseEvent.Type == CaseEventTypes.Withdrawn;
        var subject = words.Text(withdrawn ? "delivery.mail.withdrawn.subject" : "delivery.mail.created.subject", ("kind", kind), ("reference", reference));
        var lines = new List<string>
        {
            withdrawn
                ? words.Text("delivery.mail.withdrawn.intro", ("kind", kind), ("date", words.Date(caseEvent.At)))
                : words.Text("delivery.mail.created.intro", ("kind", kind)),
            string.Empty,
            words.Text("delivery.mail.reference", ("reference", reference)),
            words.Text("delivery.mail.kind", ("kind", kind)),
            words.Text("delivery.mail.submitted", ("date", words.Date(intakeCase.CreatedAt))),
        };
        if (CaseFieldDisplay.IsAnonymous(intakeCase))
        {
            lines.Add(words.Text("delivery.mail.anonymous"));
        }

        var deadlines = intakeCase.Route.Where(step => step.Deadline is not null).ToList();
        lines.AddRange(deadlines.Count == 0
            ? [words.Text("delivery.mail.no_deadline")]
            : deadlines.Select(step => words.Text("delivery.mail.deadline", ("step", step.Name), ("date", words.Date(step.Deadline!.Value)))));
        if (!withdrawn && intakeCase.Route.FirstOrDefault(step => step.Channel == "post") is { } post)
        {
            lines.Add(settings.LetterUrl(reference) is { } letter
                ? words.Text("delivery.mail.post", ("destination", post.Name), ("url", letter.AbsoluteUri))
                : words.Text("delivery.mail.post_no_link", ("destination", post.Name)));
        }

        lines.Add(string.Empty);
        lines.Add(settings.CaseUrl(reference) is { } url
            ? words.Text("delivery.mail.link", ("url", url.AbsoluteUri))
            : words.Text("delivery.mail.no_link", ("reference", reference)));
        lines.Add(string.Empty);
        lines.Add(words.Text("delivery.mail.privacy"));
        lines.Add(words.Text("delivery.mail.footer", ("id", caseEvent.Id.ToString(CultureInfo.InvariantCulture))));
        return new OutgoingMail(caseEvent.Id, target, to, subject, string.Join('\n', lines), words.Language);
    }

    public OutgoingMail ForPerson(CaseEvent caseEvent, IntakeCase intakeCase, string to)
    {
        var words = new DeliveryWording(texts, intakeCase.Language);
        var kind = words.KindName(intakeCase.Kind);
        var organisation = catalog.Organisations.TryGetValue(intakeCase.OrganisationId, out var found) ? found.Name : intakeCase.OrganisationId;
        var lines = new List<string>
        {
            words.Text("delivery.copy.hello"),
            words.Text("delivery.copy.intro", ("kind", kind), ("organisation", organisation)),
            words.Text("delivery.copy.reference", ("reference", intakeCase.Reference)),
            string.Empty,
            words.Text("delivery.copy.fields"),
        };
        lines.AddRange(CaseFieldDisplay.Shown(intakeCase.Fields).Select(field => "- " + words.Text(
            "delivery.copy.field_line", ("label", words.FieldLabel(field.Key)), ("value", words.FieldValue(field.Value)))));
        lines.Add(string.Empty);
        lines.Add(words.Text("delivery.copy.next"));
        lines.AddRange(NextLines(words, intakeCase));
        lines.Add(string.Empty);
        lines.Add(words.Text("delivery.copy.withdraw"));
        lines.Add(words.Text("delivery.copy.footer"));
        var subject = words.Text("delivery.copy.subject", ("organisation", organisation), ("reference", intakeCase.Reference));
        return new OutgoingMail(caseEvent.Id, DeliveryTargets.UserCopy, to, subject, string.Join('\n', lines), words.Language);
    }

    private static IEnumerable<string> NextLines(DeliveryWording words, IntakeCase intakeCase)
    {
        var step = intakeCase.Route.FirstOrDefault(s => s.Deadline is not null)
            ?? intakeCase.Route.FirstOrDefault(s => !s.Skippable)
            ?? intakeCase.Route.FirstOrDefault();
        if (step is not null)
        {
            yield return words.Text(intakeCase.Kind == Kind.Bezwaar ? "delivery.copy.bezwaar_send" : "delivery.copy.goes_to", ("destination", step.Name));
        }

        if (step?.Deadline is { } deadline)
        {
            yield return words.Text(intakeCase.Kind == Kind.Bezwaar ? "delivery.copy.bezwaar_deadline" : "delivery.copy.deadline", ("date", words.Date(deadline)));
        }
        else
        {
            yield return words.Text("delivery.copy.no_deadline");
        }
    }
}
