using IntakeBot.Casework;
using IntakeBot.Casework.Audit;

namespace IntakeBot.Privacy.Tests.Fakes;

/// <summary>An append-only audit log in memory.</summary>
internal sealed class FakeAuditLog : IAuditLog
{
    private readonly Lock _gate = new();
    private readonly List<AuditEntry> _entries = [];

    public IReadOnlyList<AuditEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _entries.Add(entry);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> QueryAsync(CaseScope scope, AuditQuery query, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<AuditEntry>>([.. _entries
                .Where(e => scope.Includes(e.OrganisationId)
                    && (query.Reference is null || e.Reference == query.Reference)
                    && (query.ActorId is null || e.ActorId == query.ActorId)
                    && (query.From is null || e.At >= query.From)
                    && (query.To is null || e.At <= query.To))
                .Reverse()
                .Take(query.Take)]);
        }
    }
}
