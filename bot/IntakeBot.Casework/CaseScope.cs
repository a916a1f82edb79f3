namespace IntakeBot.Casework;

/// <summary>
/// The organisations whose cases a caller may see: a staff member's organisation, or an API key's. Every register,
/// transcript and report call takes a scope, so a case outside it behaves exactly like a case that does not exist.
/// </summary>
public sealed record CaseScope
{
    private CaseScope(IReadOnlySet<string> organisationIds) => OrganisationIds = organisationIds;

    /// <summary>The organisation ids (file names in content/organisations). Never empty.</summary>
    public IReadOnlySet<string> OrganisationIds { get; }

    /// <summary>A scope over these organisations.</summary>
    /// <exception cref="ArgumentException">No organisation, or an empty id.</exception>
    public static CaseScope For(params IEnumerable<string> organisationIds)
    {
        ArgumentNullException.ThrowIfNull(organisationIds);
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in organisationIds)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(id, nameof(organisationIds));
            set.Add(id);
        }

        return set.Count == 0 ? throw new ArgumentException("A scope needs at least one organisation.", nameof(organisationIds)) : new CaseScope(set);
    }

    /// <summary>True when cases of this organisation are inside the scope.</summary>
    public bool Includes(string organisationId) => OrganisationIds.Contains(organisationId);
}
