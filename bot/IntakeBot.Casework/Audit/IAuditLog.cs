namespace IntakeBot.Casework.Audit;

/// <summary>
/// Who read or changed what, and when: every staff page or API call that shows or changes a case, transcript, report
/// or account. Append-only; entries hold references and ids, never field values.
/// </summary>
public interface IAuditLog
{
    /// <summary>Appends one entry; returns once it is durable.</summary>
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Entries in the scope, newest first, optionally for one case.</summary>
    Task<IReadOnlyList<AuditEntry>> QueryAsync(CaseScope scope, AuditQuery query, CancellationToken cancellationToken = default);
}
