using System.Text.Json.Serialization;

namespace IntakeBot.Content.Model;

/// <summary>How a destination can be reached.</summary>
public enum ChannelType
{
    /// <summary>A web form.</summary>
    [JsonStringEnumMemberName("form")] Form,
    /// <summary>E-mail.</summary>
    [JsonStringEnumMemberName("email")] Email,
    /// <summary>A letter by post.</summary>
    [JsonStringEnumMemberName("post")] Post,
    /// <summary>A phone call.</summary>
    [JsonStringEnumMemberName("phone")] Phone,
    /// <summary>A chat.</summary>
    [JsonStringEnumMemberName("chat")] Chat,
    /// <summary>A website with information.</summary>
    [JsonStringEnumMemberName("website")] Website,
    /// <summary>Talk in person.</summary>
    [JsonStringEnumMemberName("in-person")] InPerson,
    /// <summary>The regulation gives no contact: ask the destination named in <c>via</c>.</summary>
    [JsonStringEnumMemberName("ask")] Ask,
}
