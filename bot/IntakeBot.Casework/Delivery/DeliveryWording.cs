using System.Globalization;
using IntakeBot.Casework.Register;
using IntakeBot.Content.Model;
using IntakeBot.Content.Texts;

namespace IntakeBot.Casework.Delivery;

/// <summary>Texts of one language with {name} placeholders filled, and dates, kinds and field values as people read them.</summary>
internal sealed class DeliveryWording(IDeliveryTexts texts, string language)
{
    public string Language { get; } = language == "en" ? "en" : "nl";

    private CultureInfo Culture => CultureInfo.GetCultureInfo(Language == "nl" ? "nl-NL" : "en-GB");

    /// <summary>The text with each {name} replaced once; values are never scanned for placeholders themselves.</summary>
    public string Text(string key, params (string Name, string Value)[] arguments) =>
        TextRenderer.Fill(texts.Get(key, Language), Array.ConvertAll(arguments, argument => TextArgument.Of(argument.Name, argument.Value)), Language);

    public string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public string Date(DateTimeOffset moment) => Date(CaseRules.DayOf(moment));

    public string KindName(Kind kind) => Text("delivery.kind." + KindKey(kind));

    public static string KindKey(Kind kind) => kind.ToString().ToLowerInvariant();

    public string FieldLabel(string name) => CaseFieldDisplay.HasLabel(name) ? Text("delivery.field." + name) : name;

    /// <summary>"true"/"false" as yes/no, yyyy-MM-dd as a date, anything else as it is.</summary>
    public string FieldValue(string value) => value switch
    {
        "true" => Text("delivery.value.yes"),
        "false" => Text("delivery.value.no"),
        _ when value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => Date(date),
        _ => value,
    };
}
