using System.Text.Json.Serialization;

namespace IntakeBot.Casework.Register;

/// <summary>What a case is about, as annual reports of complaints commissions group it. Labels live in content/staff.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ComplaintNature>))]
public enum ComplaintNature
{
    [JsonStringEnumMemberName("bejegening")] Bejegening,
    [JsonStringEnumMemberName("communicatie")] Communicatie,
    [JsonStringEnumMemberName("kwaliteit-zorg")] KwaliteitZorg,
    [JsonStringEnumMemberName("veiligheid")] Veiligheid,
    [JsonStringEnumMemberName("privacy")] Privacy,
    [JsonStringEnumMemberName("besluit")] Besluit,
    [JsonStringEnumMemberName("organisatie")] Organisatie,
    [JsonStringEnumMemberName("financieel")] Financieel,
    [JsonStringEnumMemberName("overig")] Overig,
}
