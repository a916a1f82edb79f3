namespace IntakeBot.Casework.Delivery;

/// <summary>
/// The words of e-mails and letters (content/staff/delivery.&lt;language&gt;.yaml, keys "delivery.…"). The host
/// implements it over its staff texts; an unknown language falls back to Dutch.
/// </summary>
public interface IDeliveryTexts
{
    /// <summary>The text for <paramref name="key"/> in <paramref name="language"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such key.</exception>
    string Get(string key, string language);
}
