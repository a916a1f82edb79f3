using IntakeBot.Content;
using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;

namespace IntakeBot.Casework.Delivery;

/// <summary>
/// Composes the letter of a case for a route step that goes by post (the CJG's klachtencoördinator, the Provinciale
/// Klachtencommissie, a municipality for a bezwaar). Pure: the case, content and the date in, a <see cref="Letter"/> out.
/// </summary>
public static class LetterComposer
{
    private const string Language = "nl";

    /// <summary>
    /// The letter for <paramref name="stepId"/>, or when null for the first route step that can go by post, preferring
    /// one the person cannot skip (the CJG's written complaint before the optional commission). A bezwaar is addressed to the municipality that decided.
    /// </summary>
    public static Letter Compose(IntakeCase intakeCase, ContentCatalog catalog, IDeliveryTexts texts, DateOnly today, string? stepId = null)
    {
        ArgumentNullException.ThrowIfNull(intakeCase);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(texts);
        var words = new DeliveryWording(texts, Language);
        var fields = intakeCase.Fields;
        var anonymous = CaseFieldDisplay.IsAnonymous(intakeCase);
        var (step, addressee, known) = Addressee(intakeCase, catalog, stepId);
        var bezwaar = intakeCase.Kind == Kind.Bezwaar;
        var name = anonymous ? null : fields.GetValueOrDefault(CaseFieldNames.Name);

        var sender = anonymous
            ? []
            : CaseFieldDisplay.Sender.Select(field => fields.GetValueOrDefault(field)).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToList();
        var paragraphs = new List<string>();
        var shown = new List<LetterField>();
        if (bezwaar)
        {
            paragraphs.Add(words.Text(
                "delivery.letter.bezwaar.decision",
                ("decisionDate", fields.TryGetValue(CaseFieldNames.DecisionDate, out var date) ? words.FieldValue(date) : "…"),
                ("decisionReference", fields.GetValueOrDefault(CaseFieldNames.DecisionReference) ?? "…")));
            paragraphs.Add(words.Text("delivery.letter.bezwaar.what", ("decisionDescription", fields.GetValueOrDefault(CaseFieldNames.DecisionDescription) ?? "…")));
            paragraphs.Add(words.Text("delivery.letter.bezwaar.grounds", ("grounds", fields.GetValueOrDefault(CaseFieldNames.Grounds) ?? "…")));
            if (fields.TryGetValue(CaseFieldNames.LateReason, out var late) && !string.IsNullOrWhiteSpace(late))
            {
                paragraphs.Add(words.Text("delivery.letter.bezwaar.late", ("reason", late)));
            }
        }
        else
        {
            paragraphs.Add(words.Text(anonymous ? "delivery.letter.intro_anonymous" : "delivery.letter.intro", ("kind", words.KindName(intakeCase.Kind))));
            // Named fields go in the sender block; for an anonymous case they are not printed at all.
            shown.AddRange(CaseFieldDisplay.Shown(fields)
                .Where(field => !CaseFieldDisplay.Sender.Contains(field.Key))
                .Select(field => new LetterField(words.FieldLabel(field.Key), words.FieldValue(field.Value))));
        }

        var subjectKind = bezwaar ? words.Text("delivery.letter.bezwaar.subject") : words.KindName(intakeCase.Kind);
        return new Letter(
            intakeCase.Reference,
            step?.StepId ?? string.Empty,
            sender,
            addressee,
            known,
            words.Text("delivery.letter.date", ("date", words.Date(today))),
            words.Text("delivery.letter.reference", ("reference", intakeCase.Reference)),
            words.Text("delivery.letter.subject", ("subject", subjectKind)),
            words.Text("delivery.letter.salutation"),
            paragraphs,
            shown,
            words.Text("delivery.letter.closing"),
            name,
            anonymous ? null : words.Text("delivery.letter.signature"),
            words.Text("delivery.letter.footer", ("reference", intakeCase.Reference)))
        {
            PostalSteps = PostalSteps(intakeCase, catalog),
        };
    }

    /// <summary>The route steps content has a postal address for: the letters staff can choose between.</summary>
    public static IReadOnlyList<LetterStep> PostalSteps(IntakeCase intakeCase, ContentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(intakeCase);
        ArgumentNullException.ThrowIfNull(catalog);
        catalog.Organisations.TryGetValue(intakeCase.OrganisationId, out var organisation);
        return [.. intakeCase.Route
            .Where(step => AddressOf(step.Name, ChannelsOf(step, organisation, catalog)).Known)
            .Select(step => new LetterStep(step.StepId, step.Name))];
    }

    private static (CaseRouteStep? Step, IReadOnlyList<string> Lines, bool Known) Addressee(IntakeCase intakeCase, ContentCatalog catalog, string? stepId)
    {
        catalog.Organisations.TryGetValue(intakeCase.OrganisationId, out var organisation);
        if (intakeCase.Kind == Kind.Bezwaar && stepId is null
            && catalog.Bezwaar.Municipalities.FirstOrDefault(m => m.Id == organisation?.DefaultMunicipality) is { } municipality)
        {
            var (lines, known) = AddressOf(municipality.Name, municipality.Channels);
            return (null, lines, known);
        }

        var candidates = stepId is null
            ? intakeCase.Route
                .OrderBy(step => step.Skippable ? 1 : 0)
                .ThenBy(step => step.Channel == "post" ? 0 : 1)
                .ThenBy(step => step.Order)
            : intakeCase.Route.Where(step => step.StepId == stepId);
        CaseRouteStep? fallback = null;
        foreach (var step in candidates)
        {
            fallback ??= step;
            var (stepLines, stepKnown) = AddressOf(step.Name, ChannelsOf(step, organisation, catalog));
            if (stepKnown)
            {
                return (step, stepLines, true);
            }
        }

        return fallback is null ? (null, [], false) : (fallback, [fallback.Name], false);
    }

    private static IReadOnlyList<Channel> ChannelsOf(CaseRouteStep step, Organisation? organisation, ContentCatalog catalog)
    {
        var destination = organisation?.FindDestination(step.DestinationId);
        if (destination?.Channels is { Count: > 0 } own)
        {
            return own;
        }

        var contactId = destination?.Contact ?? step.DestinationId;
        return catalog.Contacts.TryGetValue(contactId, out var contact) ? contact.Channels : [];
    }

    /// <summary>The lines of the first postal address ("Name, Street 1, 1234 AB Town"), with the name in front when missing.</summary>
    private static (IReadOnlyList<string> Lines, bool Known) AddressOf(string name, IReadOnlyList<Channel> channels)
    {
        var post = channels.FirstOrDefault(c => c.Type == ChannelType.Post && !string.IsNullOrWhiteSpace(c.Value));
        if (post is null)
        {
            return ([name], false);
        }

        var lines = post.Value!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        if (!post.Value.Contains(name, StringComparison.OrdinalIgnoreCase) && !name.Contains(lines[0], StringComparison.OrdinalIgnoreCase))
        {
            lines.Insert(0, name);
        }

        return (lines, true);
    }
}
