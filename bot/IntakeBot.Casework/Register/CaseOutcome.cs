using System.Text.Json.Serialization;

namespace IntakeBot.Casework.Register;

/// <summary>How a closed case ended, as annual reports count it. Labels staff see live in content/staff.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CaseOutcome>))]
public enum CaseOutcome
{
    [JsonStringEnumMemberName("opgelost")] Opgelost,
    [JsonStringEnumMemberName("gegrond")] Gegrond,
    [JsonStringEnumMemberName("deels-gegrond")] DeelsGegrond,
    [JsonStringEnumMemberName("ongegrond")] Ongegrond,
    [JsonStringEnumMemberName("niet-ontvankelijk")] NietOntvankelijk,
    [JsonStringEnumMemberName("doorverwezen")] Doorverwezen,
    [JsonStringEnumMemberName("geen-oordeel")] GeenOordeel,
}
