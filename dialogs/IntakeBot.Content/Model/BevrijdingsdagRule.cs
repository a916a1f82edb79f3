using System.Text.Json.Serialization;

namespace IntakeBot.Content.Model;

/// <summary>Whether Liberation Day (5 May) is a day off, as the collective labour agreement says.</summary>
public enum BevrijdingsdagRule
{
    /// <summary>Every year.</summary>
    [JsonStringEnumMemberName("every-year")] EveryYear,
    /// <summary>Only in years divisible by 5.</summary>
    [JsonStringEnumMemberName("lustrum")] Lustrum,
    /// <summary>Never.</summary>
    [JsonStringEnumMemberName("never")] Never,
}
