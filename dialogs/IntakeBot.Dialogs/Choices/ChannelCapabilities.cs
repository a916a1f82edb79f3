namespace IntakeBot.Dialogs.Choices;

/// <summary>What channels can show.</summary>
/// <remarks>
/// Teams shows at most 3 suggested actions, and only in personal chats (Teams docs; botbuilder-dotnet #2432),
/// so more choices there become card buttons. Web Chat and Direct Line show any number.
/// </remarks>
public static class ChannelCapabilities
{
    /// <summary>The most suggested actions the channel shows; 0 when it shows none.</summary>
    public static int MaxSuggestedActions(string? channelId, string? conversationType) => channelId switch
    {
        "msteams" => conversationType is null or "personal" ? 3 : 0,
        "directline" or "webchat" or "emulator" or "test" => 100,
        _ => 0,
    };

    /// <summary>The most buttons on a card the channel shows.</summary>
    public static int MaxCardButtons(string? channelId) => channelId == "msteams" ? 6 : 100;
}
