using System.Collections.Concurrent;
using IntakeBot.Casework;
using IntakeBot.Casework.Audit;

namespace IntakeBot.Bot.Tests.Staff.Web;

internal sealed class RecordingAuditLog : IAuditLog
{
    private readonly ConcurrentQueue<AuditEntry> _entries = new();

    public IReadOnlyList<AuditEntry> Entries => [.. _entries];

    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        _entries.Enqueue(entry);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEntry>> QueryAsync(CaseScope scope, AuditQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>([.. _entries.Where(e => scope.Includes(e.OrganisationId) && (query.Reference is null || e.Reference == query.Reference)).Reverse()]);
}
