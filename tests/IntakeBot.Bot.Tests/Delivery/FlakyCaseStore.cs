using IntakeBot.Intake.Cases;

namespace IntakeBot.Bot.Tests.Delivery;

/// <summary>A case store whose outbox read fails <see cref="FailuresLeft"/> times (with personal data in the message) before it works.</summary>
internal sealed class FlakyCaseStore(ICaseStore inner) : ICaseStore
{
    private int _failuresLeft = 1;

    public int FailuresLeft => Volatile.Read(ref _failuresLeft);

    public string SecretInMessage { get; init; } = "Jan Jansen jan@example.nl";

    public Task CreateAsync(IntakeCase intakeCase, CancellationToken cancellationToken = default) => inner.CreateAsync(intakeCase, cancellationToken);

    public Task<IntakeCase?> GetAsync(string reference, CancellationToken cancellationToken = default) => inner.GetAsync(reference, cancellationToken);

    public Task<IReadOnlyList<IntakeCase>> FindByConversationAsync(string conversationId, CancellationToken cancellationToken = default) => inner.FindByConversationAsync(conversationId, cancellationToken);

    public Task<bool> WithdrawAsync(string reference, DateTimeOffset at, CancellationToken cancellationToken = default) => inner.WithdrawAsync(reference, at, cancellationToken);

    public Task<IReadOnlyList<CaseEvent>> PendingEventsAsync(int max, CancellationToken cancellationToken = default) =>
        Interlocked.Decrement(ref _failuresLeft) >= 0
            ? throw new InvalidOperationException("database is locked while reading " + SecretInMessage)
            : inner.PendingEventsAsync(max, cancellationToken);

    public Task MarkDeliveredAsync(long eventId, DateTimeOffset at, CancellationToken cancellationToken = default) => inner.MarkDeliveredAsync(eventId, at, cancellationToken);
}
