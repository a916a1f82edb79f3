namespace IntakeBot.Dialogs.Schema;

/// <summary>Values of <see cref="CardAction.Type"/>.</summary>
public static class ActionTypes
{
    /// <summary>Posts the value as a visible user message.</summary>
    public const string ImBack = "imBack";

    /// <summary>Sends the value without showing it.</summary>
    public const string PostBack = "postBack";

    /// <summary>Sends text, display text and a value.</summary>
    public const string MessageBack = "messageBack";

    /// <summary>Opens a URL.</summary>
    public const string OpenUrl = "openUrl";

    /// <summary>Starts a phone call (value <c>tel:…</c>).</summary>
    public const string Call = "call";
}
