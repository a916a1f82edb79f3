namespace IntakeBot.Casework.Audit;

/// <summary>The rules every <see cref="IAuditLog"/> applies, so all stores agree.</summary>
public static class AuditEntries
{
    /// <summary>The most entries one query returns.</summary>
    public const int MaxTake = 1000;

    /// <summary>The longest <see cref="AuditEntry.Detail"/> kept.</summary>
    public const int MaxDetailLength = 1000;

    /// <exception cref="ArgumentException">A required value is missing or the detail is too long.</exception>
    public static void Validate(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (string.IsNullOrEmpty(entry.ActorId) || entry.ActorName is null || string.IsNullOrEmpty(entry.OrganisationId) || string.IsNullOrEmpty(entry.Action))
        {
            throw new ArgumentException("An audit entry needs an actor, an organisation and an action.", nameof(entry));
        }

        if (entry.Detail is { Length: > MaxDetailLength })
        {
            throw new ArgumentException($"An audit detail holds at most {MaxDetailLength} characters.", nameof(entry));
        }
    }

    /// <summary>True when the entry passes the query's filters (not the scope). From and To are inclusive.</summary>
    public static bool Matches(AuditEntry entry, AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(query);
        return (query.Reference is null || entry.Reference == query.Reference)
            && (query.ActorId is null || entry.ActorId == query.ActorId)
            && (query.From is not { } from || entry.At >= from)
            && (query.To is not { } to || entry.At <= to);
    }

    /// <summary>The number of entries a query asks for, within 1 and <see cref="MaxTake"/>.</summary>
    public static int PageSize(AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Math.Clamp(query.Take, 1, MaxTake);
    }
}
