using IntakeBot.Intake.Cases;

namespace IntakeBot.Bot.Tests.Delivery;

/// <summary>A case store whose cases are gone while their outbox events are still pending.</summary>
internal sealed class CaseGoneStore(ICaseStore inner) : ICaseStore
{
    public Task CreateAsync(IntakeCase intakeCase, CancellationToken cancellationToken = default) => inner.CreateAsync(intakeCase, cancellationToken);

    public Task<IntakeCase?> GetAsync(string reference, CancellationToken cancellationToken = default) => Task.FromResult<IntakeCase?>(null);

    public Task<IReadOnlyList<IntakeCase>> FindByConversationAsync(string conversationId, CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<IntakeCase>>([]);

    public Task<bool> WithdrawAsync(string reference, DateTimeOffset at, CancellationToken cancellationToken = default) => Task.FromResult(false);

    public Task<IReadOnlyList<CaseEvent>> PendingEventsAsync(int max, CancellationToken cancellationToken = default) => inner.PendingEventsAsync(max, cancellationToken);

    public Task MarkDeliveredAsync(long eventId, DateTimeOffset at, CancellationToken cancellationToken = default) => inner.MarkDeliveredAsync(eventId, at, cancellationToken);
}
