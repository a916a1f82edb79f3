using IntakeBot.Content.Loading;
using IntakeBot.Content.Model;

namespace IntakeBot.Content.Validation;

/// <summary>Checks one kind rule: route targets, deadline chains, text keys and the facts the kind needs.</summary>
internal static class KindChecks
{
    public static void Check(
        KindRule rule,
        string file,
        string path,
        IReadOnlyDictionary<string, Destination> destinations,
        IReadOnlySet<string> discrepancies,
        List<(string File, string Path, string Key)> usedKeys,
        List<ContentProblem> problems)
    {
        CrossReferences.Duplicates(rule.Steps.Select(s => s.Id), file, path + "/steps", problems);
        CrossReferences.Duplicates(rule.Deadlines.Select(d => d.Id), file, path + "/deadlines", problems);

        if (rule.Steps.All(s => s.Skippable))
        {
            problems.Add(new(file, path + "/steps", "at least one step must not be skippable (the place the message goes to)"));
        }

        for (var i = 0; i < rule.Steps.Count; i++)
        {
            var step = rule.Steps[i];
            usedKeys.Add((file, $"{path}/steps/{i}/reasonKey", step.ReasonKey));
            if (!destinations.ContainsKey(step.Destination))
            {
                problems.Add(new(file, $"{path}/steps/{i}/destination", $"route target '{step.Destination}' is not a destination of this organisation"));
            }
        }

        // The place a message goes to must be reachable: a contact, or at least one channel nobody doubts.
        if (rule.Steps.FirstOrDefault(s => !s.Skippable) is { } main
            && destinations.TryGetValue(main.Destination, out var target)
            && target.Role != DestinationRole.Municipality
            && target.Contact is null
            && !(target.Channels ?? []).Any(c => c.Verified))
        {
            problems.Add(new(file, $"{path}/steps/{rule.Steps.ToList().IndexOf(main)}/destination", $"'{target.Id}' has no verified channel, so the message cannot be sent"));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { "submission" };
        for (var i = 0; i < rule.Deadlines.Count; i++)
        {
            var deadline = rule.Deadlines[i];
            var deadlinePath = $"{path}/deadlines/{i}";
            usedKeys.Add((file, deadlinePath + "/textKey", deadline.TextKey));
            if (!seen.Contains(deadline.From))
            {
                problems.Add(new(file, deadlinePath + "/from", $"'{deadline.From}' must be 'submission' or an earlier deadline id"));
            }

            if (deadline.OnlyForStep is { } step && rule.Steps.All(s => s.Id != step))
            {
                problems.Add(new(file, deadlinePath + "/onlyForStep", $"unknown step '{step}'"));
            }

            if (deadline.Discrepancy is { } d && !discrepancies.Contains(d))
            {
                problems.Add(new(file, deadlinePath + "/discrepancy", $"unknown discrepancy '{d}'"));
            }

            seen.Add(deadline.Id);
        }

        if (rule.Fields.Stated && rule.Fields.Source is null)
        {
            problems.Add(new(file, path + "/fields", "stated fields need their source"));
        }

        if (rule.Anonymity.Rule != AnonymityRuleKind.NotStated && rule.Anonymity.Source is null)
        {
            problems.Add(new(file, path + "/anonymity", "a stated anonymity rule needs its source"));
        }

        if (rule.Kind == Kind.Klacht && rule.Fields.Required.Count == 0)
        {
            problems.Add(new(file, path + "/fields/required", "a klacht needs at least one required field"));
        }

        foreach (var field in rule.Fields.Required.Concat(rule.Fields.Optional).Where(f => !FieldQuestions.NotAsked.Contains(f)))
        {
            usedKeys.Add((file, path + "/fields", FieldQuestions.QuestionKey(field)));
            usedKeys.Add((file, path + "/fields", FieldQuestions.LabelKey(field)));
        }
    }
}
