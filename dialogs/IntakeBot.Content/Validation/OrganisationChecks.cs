using IntakeBot.Content.Loading;
using IntakeBot.Content.Model;

namespace IntakeBot.Content.Validation;

/// <summary>Cross-reference checks inside one organisation file and towards contacts and bezwaar rules.</summary>
internal static class OrganisationChecks
{
    public static void Check(
        Organisation organisation,
        IReadOnlySet<string> contactIds,
        BezwaarRules bezwaar,
        List<(string File, string Path, string Key)> usedKeys,
        List<ContentProblem> problems)
    {
        var file = $"organisations/{organisation.Id}.yaml";
        var destinations = organisation.Destinations.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var partIds = organisation.Parts.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var schemes = organisation.Kinds.Select(k => k.Scheme).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var discrepancies = organisation.Discrepancies.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

        CrossReferences.Duplicates(organisation.Destinations.Select(d => d.Id), file, "/destinations", problems);
        CrossReferences.Duplicates(organisation.Parts.Select(p => p.Id), file, "/parts", problems);
        CrossReferences.Duplicates(organisation.Discrepancies.Select(d => d.Id), file, "/discrepancies", problems);

        if (organisation.DefaultMunicipality is { } municipality && bezwaar.Municipalities.All(m => m.Id != municipality))
        {
            problems.Add(new(file, "/defaultMunicipality", $"municipality '{municipality}' is not in bezwaar.yaml"));
        }

        for (var i = 0; i < organisation.Destinations.Count; i++)
        {
            CheckDestination(organisation.Destinations[i], file, $"/destinations/{i}", destinations, contactIds, discrepancies, usedKeys, problems);
        }

        foreach (var group in organisation.Kinds.GroupBy(k => k.Kind).Where(g => g.Count() > 1))
        {
            if (group.Any(k => k.Scheme is null) || group.Select(k => k.Scheme).Distinct().Count() != group.Count())
            {
                problems.Add(new(file, "/kinds", $"kind '{group.Key}' appears more than once: each entry needs its own distinct scheme"));
            }
        }

        for (var i = 0; i < organisation.Kinds.Count; i++)
        {
            KindChecks.Check(organisation.Kinds[i], file, $"/kinds/{i}", destinations, discrepancies, usedKeys, problems);
        }

        for (var i = 0; i < organisation.Confidants.Count; i++)
        {
            var confidant = organisation.Confidants[i];
            var path = $"/confidants/{i}";
            if (!destinations.TryGetValue(confidant.Destination, out var destination) || destination.Role != DestinationRole.Confidant)
            {
                problems.Add(new(file, path + "/destination", $"'{confidant.Destination}' is not a destination with role confidant"));
            }

            foreach (var scheme in (confidant.Schemes ?? []).Where(s => !schemes.Contains(s)))
            {
                problems.Add(new(file, path + "/schemes", $"unknown scheme '{scheme}'"));
            }

            foreach (var part in (confidant.Parts ?? []).Where(p => !partIds.Contains(p)))
            {
                problems.Add(new(file, path + "/parts", $"unknown part '{part}'"));
            }

            if (confidant.Discrepancy is { } d && !discrepancies.Contains(d))
            {
                problems.Add(new(file, path + "/discrepancy", $"unknown discrepancy '{d}'"));
            }
        }

        if (organisation.Withdrawal.Destination is { } w && !destinations.ContainsKey(w))
        {
            problems.Add(new(file, "/withdrawal/destination", $"route target '{w}' is not a destination"));
        }

        RequireSourceWhenStated(organisation, file, problems);
    }

    private static void CheckDestination(
        Destination destination,
        string file,
        string path,
        IReadOnlyDictionary<string, Destination> destinations,
        IReadOnlySet<string> contactIds,
        IReadOnlySet<string> discrepancies,
        List<(string File, string Path, string Key)> usedKeys,
        List<ContentProblem> problems)
    {
        if (destination.Contact is { } contact && !contactIds.Contains(contact))
        {
            problems.Add(new(file, path + "/contact", $"contact '{contact}' is not in contacts.yaml"));
        }

        var channels = destination.Channels ?? [];
        if (destination.Role != DestinationRole.Municipality && destination.Contact is null && channels.Count == 0)
        {
            problems.Add(new(file, path, "a destination needs channels or a contact"));
        }

        for (var c = 0; c < channels.Count; c++)
        {
            var channel = channels[c];
            var channelPath = $"{path}/channels/{c}";
            ChannelChecks.Check(channel, file, channelPath, problems);
            if (channel.Via is { } via && !destinations.ContainsKey(via) && via is not ("provider" or "municipality"))
            {
                problems.Add(new(file, channelPath + "/via", $"route target '{via}' is not a destination"));
            }

            if (channel.Discrepancy is { } d && !discrepancies.Contains(d))
            {
                problems.Add(new(file, channelPath + "/discrepancy", $"unknown discrepancy '{d}'"));
            }

            if (channel.LabelKey is { } key)
            {
                usedKeys.Add((file, channelPath + "/labelKey", key));
            }
        }
    }

    private static void RequireSourceWhenStated(Organisation o, string file, List<ContentProblem> problems)
    {
        (string Path, bool Stated, string? Source)[] facts =
        [
            ("/whoMayComplain", o.WhoMayComplain.Stated, o.WhoMayComplain.Source),
            ("/retention", o.Retention.Stated, o.Retention.Source),
            ("/costs", o.Costs.Stated || o.Costs.ConfidantFree is not null, o.Costs.Source),
            ("/withdrawal", o.Withdrawal.Stated, o.Withdrawal.Source),
            ("/appeal", o.Appeal.Stated, o.Appeal.Source),
        ];
        foreach (var (path, _, _) in facts.Where(f => f.Stated && f.Source is null))
        {
            problems.Add(new(file, path, "a stated fact needs its source (seed file § section)"));
        }
    }
}
