namespace IntakeBot.Bot.Operations.Limits;

/// <summary>The parts of the server that have their own rate limits.</summary>
internal enum LimitedArea
{
    /// <summary>Not rate-limited here (pages, health, the widget's files).</summary>
    None,

    /// <summary>The Direct Line API and the page's session endpoints.</summary>
    DirectLine,

    /// <summary>The Bot Connector endpoint /api/messages.</summary>
    Messages,

    /// <summary>The staff sign-in forms (POST).</summary>
    StaffSignIn,

    /// <summary>The staff API.</summary>
    StaffApi,
}
