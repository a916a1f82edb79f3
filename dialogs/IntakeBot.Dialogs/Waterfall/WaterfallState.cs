using System.Text.Json;

namespace IntakeBot.Dialogs.Waterfall;

/// <summary>The stored state of a running <see cref="WaterfallDialog"/>.</summary>
public sealed class WaterfallState
{
    /// <summary>The index of the step that ran last.</summary>
    public int StepIndex { get; set; }

    /// <summary>The name of that step, to find it again when a release added or removed steps.</summary>
    public string? StepName { get; set; }

    /// <summary>The options the waterfall was started with, as JSON.</summary>
    public JsonElement? Options { get; set; }

    /// <summary>The values the steps keep.</summary>
    public WaterfallValues Values { get; set; } = new();

    /// <summary>The names of the steps that ended a turn waiting for the user, oldest first; used to go back a question.</summary>
    public List<string> WaitingSteps { get; set; } = [];
}
