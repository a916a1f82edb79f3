namespace IntakeBot.Content.Routing;

/// <summary>What the user should do with a step.</summary>
public enum StepStatus
{
    /// <summary>Advised first, but the user may skip it.</summary>
    Optional,
    /// <summary>The user said this is done already.</summary>
    Done,
    /// <summary>Skipped because the user goes straight to a later step the regulation allows.</summary>
    Skipped,
    /// <summary>This is where the message goes now.</summary>
    Required,
    /// <summary>Only if the earlier steps do not solve it.</summary>
    Later,
}
