namespace IntakeBot.Dialogs.Choices;

/// <summary>How choices are shown.</summary>
public enum ListStyle
{
    /// <summary>Not shown; the question lists them itself.</summary>
    None,

    /// <summary>Suggested actions where the channel shows them all, card buttons otherwise.</summary>
    Auto,

    /// <summary>Suggested actions (big buttons under the message).</summary>
    SuggestedAction,

    /// <summary>Buttons on a hero card, which every channel shows.</summary>
    HeroCard,
}
