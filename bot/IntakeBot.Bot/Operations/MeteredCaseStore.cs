using IntakeBot.Intake.Cases;

namespace IntakeBot.Bot.Operations;

/// <summary>An <see cref="ICaseStore"/> that counts the cases it stored, by kind, and passes everything on.</summary>
/// <remarks>Disposes the inner store when it owns it (the container created the inner store for it).</remarks>
internal sealed class MeteredCaseStore(ICaseStore inner, IntakeBotMetrics metrics, bool ownsInner) : ICaseStore, IDisposable
{
    public ICaseStore Inner => inner;

    public void Dispose()
    {
        if (ownsInner && inner is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }

    public async Task CreateAsync(IntakeCase intakeCase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intakeCase);
        await inner.CreateAsync(intakeCase, cancellationToken).ConfigureAwait(false);
        metrics.CasesCreated.Add(1, new KeyValuePair<string, object?>("kind", intakeCase.Kind.ToString().ToLowerInvariant()));
    }

    public Task<IntakeCase?> GetAsync(string reference, CancellationToken cancellationToken = default) =>
        inner.GetAsync(reference, cancellationToken);

    public Task<IReadOnlyList<IntakeCase>> FindByConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
        inner.FindByConversationAsync(conversationId, cancellationToken);

    public Task<bool> WithdrawAsync(string reference, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        inner.WithdrawAsync(reference, at, cancellationToken);

    public Task<IReadOnlyList<CaseEvent>> PendingEventsAsync(int max, CancellationToken cancellationToken = default) =>
        inner.PendingEventsAsync(max, cancellationToken);

    public Task MarkDeliveredAsync(long eventId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        inner.MarkDeliveredAsync(eventId, at, cancellationToken);
}
