namespace IntakeBot.Content.Routing;

/// <summary>The questions a user may ask in between ("vraag"), answered from content.</summary>
public enum FaqTopic
{
    /// <summary>Does it cost anything?</summary>
    Costs,
    /// <summary>Can I stay anonymous?</summary>
    Anonymity,
    /// <summary>How long does it take?</summary>
    Duration,
    /// <summary>Can I withdraw it?</summary>
    Withdrawal,
    /// <summary>What is a confidant?</summary>
    Confidant,
    /// <summary>Can I read my file?</summary>
    FileAccess,
    /// <summary>How long is the file kept?</summary>
    Retention,
    /// <summary>Must I talk to my care worker first?</summary>
    TalkFirst,
}
