using System.Text.Json.Serialization;

namespace IntakeBot.Content.Model;

/// <summary>
/// Age group of the client the message is about (the person who gets the care), not of the person who writes:
/// for a parent complaining about a child's care, the child's age. Selects a scheme by <c>ageGroups</c>.
/// </summary>
public enum AgeGroup
{
    /// <summary>Not known.</summary>
    [JsonStringEnumMemberName("unknown")] Unknown,
    /// <summary>Younger than 18.</summary>
    [JsonStringEnumMemberName("under-18")] Under18,
    /// <summary>18 or older.</summary>
    [JsonStringEnumMemberName("adult")] Adult,
}
