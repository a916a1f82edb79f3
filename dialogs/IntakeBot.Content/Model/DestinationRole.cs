using System.Text.Json.Serialization;

namespace IntakeBot.Content.Model;

/// <summary>What a destination is in the complaint procedure.</summary>
public enum DestinationRole
{
    /// <summary>The employee or practitioner.</summary>
    [JsonStringEnumMemberName("employee")] Employee,
    /// <summary>The employee's manager or the organisation's chair.</summary>
    [JsonStringEnumMemberName("manager")] Manager,
    /// <summary>The organisation's own complaints officer or team.</summary>
    [JsonStringEnumMemberName("internal")] Internal,
    /// <summary>An external complaints commission.</summary>
    [JsonStringEnumMemberName("external-commission")] ExternalCommission,
    /// <summary>The municipality that took a decision.</summary>
    [JsonStringEnumMemberName("municipality")] Municipality,
    /// <summary>A confidant (vertrouwenspersoon).</summary>
    [JsonStringEnumMemberName("confidant")] Confidant,
    /// <summary>The inspectorate.</summary>
    [JsonStringEnumMemberName("inspectorate")] Inspectorate,
}
