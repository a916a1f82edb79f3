namespace IntakeBot.Casework.Delivery;

/// <summary>The rules every <see cref="IDeliveryLog"/> applies, so all stores agree.</summary>
public static class DeliveryStates
{
    /// <summary>The longest <see cref="DeliveryState.LastError"/> kept; longer reasons are cut.</summary>
    public const int MaxErrorLength = 500;

    /// <summary>True when a delivery has failed at least once and not yet succeeded.</summary>
    public static bool IsFailing(DeliveryState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.DeliveredAt is null && state.Attempts > 0;
    }

    /// <exception cref="ArgumentException">A required value is missing, the attempts are negative or the error too long.</exception>
    public static void Validate(DeliveryState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (string.IsNullOrEmpty(state.Reference) || string.IsNullOrEmpty(state.OrganisationId) || string.IsNullOrEmpty(state.Target))
        {
            throw new ArgumentException("A delivery state needs a reference, an organisation and a target.", nameof(state));
        }

        if (state.Attempts < 0)
        {
            throw new ArgumentException("Attempts cannot be negative.", nameof(state));
        }

        if (state.LastError is { Length: > MaxErrorLength })
        {
            throw new ArgumentException($"LastError holds at most {MaxErrorLength} characters: a short technical reason.", nameof(state));
        }
    }
}
