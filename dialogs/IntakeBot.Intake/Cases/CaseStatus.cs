using System.Text.Json.Serialization;

namespace IntakeBot.Intake.Cases;

/// <summary>Where a case stands. The JSON names are the Dutch status names staff see.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CaseStatus>))]
public enum CaseStatus
{
    /// <summary>Submitted, nobody has looked at it yet.</summary>
    [JsonStringEnumMemberName("nieuw")] Nieuw,
    /// <summary>The organisation confirmed receipt.</summary>
    [JsonStringEnumMemberName("ontvangst-bevestigd")] OntvangstBevestigd,
    /// <summary>Being handled.</summary>
    [JsonStringEnumMemberName("in-behandeling")] InBehandeling,
    /// <summary>Sent on to another body (commission, municipality).</summary>
    [JsonStringEnumMemberName("doorverwezen")] Doorverwezen,
    /// <summary>Closed.</summary>
    [JsonStringEnumMemberName("afgehandeld")] Afgehandeld,
    /// <summary>Withdrawn by the person who submitted it.</summary>
    [JsonStringEnumMemberName("ingetrokken")] Ingetrokken,
}
