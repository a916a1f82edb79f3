using IntakeBot.Intake.Cases;

namespace IntakeBot.Casework.Register;

/// <summary>
/// The staff side of the cases the intake stored through <see cref="ICaseStore"/> (same tables): listing with filters,
/// status, assignment, notes, a timeline, the anonymous facts behind reports, and deletion for retention and erasure.
/// Every read and change takes a <see cref="CaseScope"/>; a case outside it is reported as not found.
/// </summary>
public interface ICaseRegister
{
    /// <summary>One page of cases matching the query, newest first, and the total count. Filters are values, never SQL.</summary>
    Task<CaseList> ListAsync(CaseScope scope, CaseQuery query, CancellationToken cancellationToken = default);

    /// <summary>The case with its handling data, or null when unknown or outside the scope.</summary>
    Task<CaseRecord?> GetAsync(CaseScope scope, string reference, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets the status (and, when closing, the outcome and nature). Appends a timeline entry. Moving to
    /// <see cref="CaseStatus.Afgehandeld"/> or <see cref="CaseStatus.Ingetrokken"/> sets <see cref="CaseRecord.ClosedAt"/>;
    /// moving back clears it. Fails with <see cref="CaseChange.Conflict"/> when <paramref name="expectedVersion"/> is
    /// given and differs (someone else changed the case meanwhile).
    /// </summary>
    Task<CaseChange> SetStatusAsync(CaseScope scope, string reference, StatusChange change, StaffActor actor, DateTimeOffset at, long? expectedVersion = null, CancellationToken cancellationToken = default);

    /// <summary>Assigns the case to a colleague (null: unassigned). Appends a timeline entry.</summary>
    Task<CaseChange> AssignAsync(CaseScope scope, string reference, StaffActor? assignee, StaffActor actor, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Adds an internal note (never shown to the person who submitted). Appends a timeline entry holding the text.</summary>
    /// <exception cref="ArgumentException">The text is empty or longer than <see cref="CaseLimits.NoteLength"/>.</exception>
    Task<CaseChange> AddNoteAsync(CaseScope scope, string reference, string text, StaffActor actor, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Appends a timeline entry written by another part of the system (delivery, export, ...).</summary>
    Task<CaseChange> AppendTimelineAsync(string reference, TimelineEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The case's timeline, oldest first: created, status, assignment, notes, deliveries, withdrawal, exports.</summary>
    Task<IReadOnlyList<TimelineEntry>> TimelineAsync(CaseScope scope, string reference, CancellationToken cancellationToken = default);

    /// <summary>
    /// The anonymous facts of an organisation's cases submitted in a year, including cases already deleted by
    /// retention or erasure: facts hold no reference, conversation, field or free text.
    /// </summary>
    Task<IReadOnlyList<CaseFact>> FactsAsync(string organisationId, int year, CancellationToken cancellationToken = default);

    /// <summary>
    /// References of the organisation's cases whose retention started before <paramref name="before"/>. Retention
    /// starts when a case is closed (<see cref="CaseRecord.ClosedAt"/>), or for a case never closed at its last change.
    /// </summary>
    Task<IReadOnlyList<string>> RetentionDueAsync(string organisationId, DateTimeOffset before, int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes the case with its fields, notes, timeline, outbox events and delivery states, in one transaction. Its
    /// anonymous <see cref="CaseFact"/> stays. The transcript is deleted separately (<c>ITranscriptStore</c>), because a
    /// conversation may hold more than one case. False when unknown.
    /// </summary>
    Task<bool> DeleteAsync(string reference, CancellationToken cancellationToken = default);
}
