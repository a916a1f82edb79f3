namespace IntakeBot.Bot.Operations.Limits;

/// <summary>
/// Request limits (configuration section "Limits"): how long a message may be and how fast one client may call.
/// The defaults are far above what a person typing (or an office behind one address) does, and far below what a
/// script hammering the server does. Rate limits count per client IP, after <c>Hosting:KnownProxies</c>.
/// </summary>
public sealed class RequestLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Limits";

    /// <summary>False switches every rate limit off (the load tool does this). The message length limit stays. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The longest message text the bot reads, in characters. A longer message is not refused: the transcript keeps it
    /// whole, the bot reads the first part and says so (text <c>limits.message.too_long</c>). Default 20,000 (about 4 pages).
    /// Zero or less switches the cut off.
    /// </summary>
    public int MaxMessageCharacters { get; set; } = 20_000;

    /// <summary>Direct Line calls (/v3/directline, /api/directline/session) per client IP. Default 3,000 per minute.</summary>
    public RateLimitRule DirectLinePerIp { get; set; } = RateLimitRule.PerMinute(3000);

    /// <summary>Direct Line calls per token (so per conversation). Default 300 per minute.</summary>
    public RateLimitRule DirectLinePerToken { get; set; } = RateLimitRule.PerMinute(300);

    /// <summary>
    /// Calls to /api/messages per client IP. Default 6,000 per minute. Azure Bot Service sends every Teams user's
    /// messages from a few addresses: raise this for a large Teams deployment.
    /// </summary>
    public RateLimitRule MessagesPerIp { get; set; } = RateLimitRule.PerMinute(6000);

    /// <summary>Staff sign-in attempts (password and code forms) per client IP. Default 30 per minute.</summary>
    public RateLimitRule StaffSignInPerIp { get; set; } = RateLimitRule.PerMinute(30);

    /// <summary>Staff API calls (/api/staff) per client IP. Default 600 per minute.</summary>
    public RateLimitRule StaffApiPerIp { get; set; } = RateLimitRule.PerMinute(600);
}
