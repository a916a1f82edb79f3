namespace IntakeBot.Dialogs;

/// <summary>Why a dialog is resumed or ended.</summary>
public enum DialogReason
{
    /// <summary>The dialog was started.</summary>
    BeginCalled,

    /// <summary>The dialog received the user's message.</summary>
    ContinueCalled,

    /// <summary>The dialog ended normally.</summary>
    EndCalled,

    /// <summary>The dialog was replaced by another.</summary>
    ReplaceCalled,

    /// <summary>The dialog was cancelled.</summary>
    CancelCalled,

    /// <summary>A waterfall step called next.</summary>
    NextCalled,

    /// <summary>The dialog's stored state no longer fits the running release (steps or dialogs changed).</summary>
    VersionChanged,
}
