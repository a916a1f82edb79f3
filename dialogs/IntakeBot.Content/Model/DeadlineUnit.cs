using System.Text.Json.Serialization;

namespace IntakeBot.Content.Model;

/// <summary>How a deadline counts.</summary>
public enum DeadlineUnit
{
    /// <summary>Working days: weekends and Dutch public holidays do not count.</summary>
    [JsonStringEnumMemberName("workdays")] Workdays,
    /// <summary>Calendar days.</summary>
    [JsonStringEnumMemberName("days")] Days,
    /// <summary>Calendar weeks.</summary>
    [JsonStringEnumMemberName("weeks")] Weeks,
}
