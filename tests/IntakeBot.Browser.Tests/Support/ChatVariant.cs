namespace IntakeBot.Browser.Tests.Support;

/// <summary>The two chat pages.</summary>
public enum ChatVariant
{
    /// <summary>The page at / with botframework-webchat.</summary>
    WebChat,

    /// <summary>The light widget at /licht.</summary>
    Light,
}
