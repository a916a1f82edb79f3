namespace IntakeBot.Intake.Cases;

/// <summary>
/// Keeps submitted cases. Every create and withdraw also appends a <see cref="CaseEvent"/> to an outbox in the same
/// transaction, so the organisation is notified even when delivery is down at that moment.
/// </summary>
public interface ICaseStore
{
    /// <summary>Stores a new case and its "created" event.</summary>
    /// <exception cref="DuplicateCaseReferenceException">A case with this reference exists.</exception>
    Task CreateAsync(IntakeCase intakeCase, CancellationToken cancellationToken = default);

    /// <summary>The case with this reference (case-insensitive, dashes optional), or null.</summary>
    Task<IntakeCase?> GetAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>The cases created in one conversation, oldest first.</summary>
    Task<IReadOnlyList<IntakeCase>> FindByConversationAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Marks the case withdrawn and appends a "withdrawn" event. False when unknown or already withdrawn.</summary>
    Task<bool> WithdrawAsync(string reference, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Outbox events not yet delivered, oldest first.</summary>
    Task<IReadOnlyList<CaseEvent>> PendingEventsAsync(int max, CancellationToken cancellationToken = default);

    /// <summary>Marks an outbox event delivered.</summary>
    Task MarkDeliveredAsync(long eventId, DateTimeOffset at, CancellationToken cancellationToken = default);
}
