using IntakeBot.Casework;
using IntakeBot.Casework.Delivery;

namespace IntakeBot.Bot.Tests.Delivery;

/// <summary>A delivery log whose next save fails when <see cref="FailNextSave"/> is set: a crash right after a send.</summary>
internal sealed class CrashOnceDeliveryLog(IDeliveryLog inner) : IDeliveryLog
{
    public bool FailNextSave { get; set; }

    public Task<DeliveryState?> GetAsync(long eventId, string target, CancellationToken cancellationToken = default) => inner.GetAsync(eventId, target, cancellationToken);

    public Task SaveAsync(DeliveryState state, CancellationToken cancellationToken = default)
    {
        if (FailNextSave)
        {
            FailNextSave = false;
            throw new IOException("disk gone");
        }

        return inner.SaveAsync(state, cancellationToken);
    }

    public Task<IReadOnlyList<DeliveryState>> ForCaseAsync(string reference, CancellationToken cancellationToken = default) => inner.ForCaseAsync(reference, cancellationToken);

    public Task<IReadOnlyList<DeliveryState>> FailingAsync(CaseScope scope, CancellationToken cancellationToken = default) => inner.FailingAsync(scope, cancellationToken);
}
