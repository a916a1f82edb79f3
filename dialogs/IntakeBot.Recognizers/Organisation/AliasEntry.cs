namespace IntakeBot.Recognizers.Organisation;

/// <summary>One alias, prepared: its key without spaces and the keys of its leading words (for partial names).</summary>
internal sealed record AliasEntry(string OrganisationId, string Name, string Key, IReadOnlyList<string> Prefixes)
{
    public static AliasEntry Create(string organisationId, string name)
    {
        var tokens = NameNormalizer.Tokenize(name, int.MaxValue);
        var prefixes = new List<string>();
        var key = string.Empty;
        foreach (var token in tokens)
        {
            key += token.Key;
            prefixes.Add(key);
        }

        return new AliasEntry(organisationId, name, key, prefixes);
    }
}
