using System.Text.Json.Serialization;

namespace IntakeBot.Content.Model;

/// <summary>The five kinds of message the bot can route.</summary>
public enum Kind
{
    /// <summary>Praise.</summary>
    [JsonStringEnumMemberName("compliment")] Compliment,
    /// <summary>An idea to improve the service.</summary>
    [JsonStringEnumMemberName("idee")] Idee,
    /// <summary>Information for the organisation, no ruling asked.</summary>
    [JsonStringEnumMemberName("signaal")] Signaal,
    /// <summary>A complaint about how someone was treated.</summary>
    [JsonStringEnumMemberName("klacht")] Klacht,
    /// <summary>An objection against a decision of a municipality.</summary>
    [JsonStringEnumMemberName("bezwaar")] Bezwaar,
}
