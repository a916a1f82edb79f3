using System.Text.Json.Serialization;

namespace IntakeBot.Dialogs;

/// <summary>The persisted dialog stack of a conversation (the active dialog is last).</summary>
/// <remarks>
/// Stored as <c>{"version":1,"stack":[{"id":…,"state":…}]}</c>. <see cref="Version"/> is the format of this
/// document; a test loads a checked-in document of every earlier version.
/// </remarks>
public sealed class DialogState
{
    /// <summary>The format version written by this release.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The format version of this document.</summary>
    [JsonPropertyName("version")]
    public int Version { get; set; } = CurrentVersion;

    /// <summary>The dialogs on the stack, the active one last.</summary>
    [JsonPropertyName("stack")]
    public List<DialogInstance> Stack { get; set; } = [];
}
