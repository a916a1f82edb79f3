using System.Text.Json.Serialization;

namespace IntakeBot.Content.Model;

/// <summary>What the regulation says about anonymous messages.</summary>
public enum AnonymityRuleKind
{
    /// <summary>The regulation says nothing.</summary>
    [JsonStringEnumMemberName("not-stated")] NotStated,
    /// <summary>Anonymous is allowed.</summary>
    [JsonStringEnumMemberName("allowed")] Allowed,
    /// <summary>Anonymous is not possible.</summary>
    [JsonStringEnumMemberName("not-allowed")] NotAllowed,
    /// <summary>Anonymous messages are registered but not handled.</summary>
    [JsonStringEnumMemberName("registered-not-handled")] RegisteredNotHandled,
}
