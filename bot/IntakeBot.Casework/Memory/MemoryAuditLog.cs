using IntakeBot.Casework.Audit;

namespace IntakeBot.Casework.Memory;

/// <summary>An <see cref="IAuditLog"/> in memory, for tests and the terminal chat. Thread-safe; lost when the process ends.</summary>
public sealed class MemoryAuditLog : IAuditLog
{
    private readonly Lock _gate = new();
    private readonly List<AuditEntry> _entries = [];

    /// <inheritdoc />
    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        AuditEntries.Validate(entry);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            _entries.Add(entry);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<AuditEntry>> QueryAsync(CaseScope scope, AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            IReadOnlyList<AuditEntry> found = [.. _entries
                .Index()
                .Where(pair => scope.Includes(pair.Item.OrganisationId) && AuditEntries.Matches(pair.Item, query))
                .OrderByDescending(pair => pair.Item.At.UtcTicks)
                .ThenByDescending(pair => pair.Index)
                .Take(AuditEntries.PageSize(query))
                .Select(pair => pair.Item)];
            return Task.FromResult(found);
        }
    }
}
