using IntakeBot.Content.Loading;
using IntakeBot.Content.Model;
using IntakeBot.Content.Routing;
using IntakeBot.Content.Texts;

namespace IntakeBot.Content.Validation;

/// <summary>Checks what a schema cannot: ids that refer to other ids, text keys that must exist, facts a kind needs.</summary>
internal static class CrossReferences
{
    private static readonly HashSet<string> SpecialVia = ["provider", "municipality"];

    public static void Check(
        IReadOnlyDictionary<string, Organisation> organisations,
        ContactsFile contacts,
        BezwaarRules bezwaar,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, TextEntry>> texts,
        List<ContentProblem> problems)
    {
        var contactIds = contacts.Contacts.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var usedKeys = new List<(string File, string Path, string Key)>();
        var discrepancyIds = organisations.Values.SelectMany(o => o.Discrepancies).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

        foreach (var organisation in organisations.Values)
        {
            OrganisationChecks.Check(organisation, contactIds, bezwaar, usedKeys, problems);
        }

        CheckContacts(contacts, discrepancyIds, problems);
        CheckBezwaar(bezwaar, contactIds, usedKeys, problems);
        usedKeys.AddRange(RouterTextKeys.All.Concat(FaqAnswers.Keys).Concat(TextKeys.All).Select(k => ("(code)", "", k)));
        CheckTexts(texts, usedKeys, problems);
    }

    private static void CheckContacts(ContactsFile contacts, HashSet<string> discrepancyIds, List<ContentProblem> problems)
    {
        Duplicates(contacts.Contacts.Select(c => c.Id), "contacts.yaml", "/contacts", problems);
        for (var i = 0; i < contacts.CrisisOrder.Count; i++)
        {
            if (!contacts.Contacts.Any(c => c.Id == contacts.CrisisOrder[i]))
            {
                problems.Add(new("contacts.yaml", $"/crisisOrder/{i}", $"unknown contact '{contacts.CrisisOrder[i]}'"));
            }
        }

        for (var i = 0; i < contacts.Contacts.Count; i++)
        {
            var contact = contacts.Contacts[i];
            if (contact.Channels.Count == 0 && contact.ContactStated != false)
            {
                problems.Add(new("contacts.yaml", $"/contacts/{i}/channels", "a contact needs a channel, or contactStated: false"));
            }

            for (var c = 0; c < contact.Channels.Count; c++)
            {
                var channel = contact.Channels[c];
                ChannelChecks.Check(channel, "contacts.yaml", $"/contacts/{i}/channels/{c}", problems);
                if (channel.Discrepancy is { } d && !discrepancyIds.Contains(d))
                {
                    problems.Add(new("contacts.yaml", $"/contacts/{i}/channels/{c}/discrepancy", $"unknown discrepancy '{d}'"));
                }
            }
        }
    }

    private static void CheckBezwaar(BezwaarRules bezwaar, HashSet<string> contactIds, List<(string, string, string)> usedKeys, List<ContentProblem> problems)
    {
        Duplicates(bezwaar.Municipalities.Select(m => m.Id), "bezwaar.yaml", "/municipalities", problems);
        for (var i = 0; i < bezwaar.Steps.Count; i++)
        {
            var step = bezwaar.Steps[i];
            usedKeys.Add(("bezwaar.yaml", $"/steps/{i}/reasonKey", step.ReasonKey));
            if (step.Destination != "municipality" && !contactIds.Contains(step.Destination))
            {
                problems.Add(new("bezwaar.yaml", $"/steps/{i}/destination", $"route target '{step.Destination}' is neither 'municipality' nor a contact in contacts.yaml"));
            }
        }

        foreach (var field in bezwaar.Contents.Required.Where(f => !FieldQuestions.NotAsked.Contains(f)))
        {
            usedKeys.Add(("bezwaar.yaml", "/contents/required", FieldQuestions.QuestionKey(field)));
            usedKeys.Add(("bezwaar.yaml", "/contents/required", FieldQuestions.LabelKey(field)));
        }
    }

    private static void CheckTexts(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, TextEntry>> texts,
        List<(string File, string Path, string Key)> usedKeys,
        List<ContentProblem> problems)
    {
        var allKeys = texts.Values.SelectMany(t => t.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var (language, entries) in texts)
        {
            var file = $"texts/{language}.yaml";
            foreach (var (file2, path, key) in usedKeys.DistinctBy(u => (u.File, u.Path, u.Key)).Where(u => !entries.ContainsKey(u.Key)))
            {
                problems.Add(new(file2, path, $"text key '{key}' does not exist in {file}"));
            }

            foreach (var key in allKeys.Where(k => !entries.ContainsKey(k)).Order(StringComparer.Ordinal))
            {
                problems.Add(new(file, $"/texts/{key}", "key exists in another language but is missing here"));
            }

            foreach (var (key, entry) in entries.Where(e => e.Key.StartsWith("question.", StringComparison.Ordinal)))
            {
                if (entry.RetryJe is null || entry.RetryU is null)
                {
                    problems.Add(new(file, $"/texts/{key}", "a question needs a second wording under 'retry'"));
                }
            }
        }
    }

    internal static void Duplicates(IEnumerable<string> ids, string file, string path, List<ContentProblem> problems)
    {
        foreach (var id in ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add(new(file, path, $"duplicate id '{id}'"));
        }
    }
}
