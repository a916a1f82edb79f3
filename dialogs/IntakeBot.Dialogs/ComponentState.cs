namespace IntakeBot.Dialogs;

/// <summary>The stored state of a <see cref="ComponentDialog"/>: its own inner dialog stack.</summary>
public sealed class ComponentState
{
    /// <summary>The inner stack, the active dialog last.</summary>
    public List<DialogInstance> Stack { get; set; } = [];
}
