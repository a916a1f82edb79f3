using System.Text.Json.Serialization;

namespace IntakeBot.Content.Model;

/// <summary>Who is speaking, as asked in the welcome. It also selects the register (je or u).</summary>
public enum Role
{
    /// <summary>A young person.</summary>
    [JsonStringEnumMemberName("young-person")] YoungPerson,
    /// <summary>A parent or carer (also foster parent, guardian).</summary>
    [JsonStringEnumMemberName("parent-or-carer")] ParentOrCarer,
    /// <summary>A professional.</summary>
    [JsonStringEnumMemberName("professional")] Professional,
    /// <summary>Someone else (partner, family member, bystander).</summary>
    [JsonStringEnumMemberName("other")] Other,
}
