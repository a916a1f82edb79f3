using IntakeBot.Bot.Staff;
using IntakeBot.Casework.Delivery;

namespace IntakeBot.Bot.Delivery;

/// <summary>The delivery texts from content/staff/delivery.*.yaml.</summary>
internal sealed class StaffDeliveryTexts(StaffTexts texts) : IDeliveryTexts
{
    public string Get(string key, string language) => texts.Get(key, language);
}
