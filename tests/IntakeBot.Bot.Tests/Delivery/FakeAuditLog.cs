using IntakeBot.Casework;
using IntakeBot.Casework.Audit;

namespace IntakeBot.Bot.Tests.Delivery;

/// <summary>An <see cref="IAuditLog"/> that keeps entries in a list.</summary>
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
            IReadOnlyList<AuditEntry> found = [.. _entries.Where(e => scope.Includes(e.OrganisationId)).Reverse()];
            return Task.FromResult(found);
        }
    }
}
