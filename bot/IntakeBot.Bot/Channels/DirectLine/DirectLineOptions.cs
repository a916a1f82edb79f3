namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>Settings of the self-hosted Direct Line 3.0 server, bound from the configuration section "DirectLine".</summary>
public sealed class DirectLineOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "DirectLine";

    /// <summary>
    /// The secrets a server may use (<c>Authorization: Bearer &lt;secret&gt;</c>). Tokens are signed with a key derived
    /// from the first; every secret is accepted, so a secret can be rotated by putting the new one first.
    /// When empty, a random secret is generated at start-up and kept in <see cref="GeneratedSecretPath"/>.
    /// </summary>
    public IList<string> Secrets { get; } = [];

    /// <summary>One more secret, handy as an environment variable (<c>DirectLine__Secret</c>); it comes before <see cref="Secrets"/>.</summary>
    public string? Secret { get; set; }

    /// <summary>Where a generated secret is kept, so that tokens stay valid across restarts. Default: next to the SQLite file.</summary>
    public string? GeneratedSecretPath { get; set; }

    /// <summary>How long a token is valid. Default 30 minutes, as in the Direct Line service; clients refresh after 15.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Origins (scheme://host[:port]) whose pages may ask <c>POST /api/directline/session</c> for a token. Same-origin is always allowed.</summary>
    public IList<string> TrustedOrigins { get; } = [];

    /// <summary>The largest upload (all files of one request together), in bytes. Default 4 MB.</summary>
    public long MaxUploadBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>The most files in one upload. Default 5.</summary>
    public int MaxUploadFiles { get; set; } = 5;

    /// <summary>The content types a user may upload. When empty: <see cref="DefaultUploadContentTypes"/>.</summary>
    public IList<string> AllowedUploadContentTypes { get; } = [];

    /// <summary>The uploads allowed when <see cref="AllowedUploadContentTypes"/> is empty: common images, PDF and plain text.</summary>
    public static IReadOnlyList<string> DefaultUploadContentTypes { get; } = ["image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf", "text/plain"];

    /// <summary>The largest activity a client may post, in bytes. Default 256 KB.</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>The longest a WebSocket stays silent: then it gets an empty keep-alive frame. Default 15 seconds.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a conversation's log and files are kept after its last activity. Default 24 hours.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often expired conversations are removed. Default every hour.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How many sessions one client IP may start or refresh per <see cref="SessionWindow"/>. Default 20.</summary>
    public int SessionPermitLimit { get; set; } = 20;

    /// <summary>The rate-limit window of the session endpoint. Default one minute.</summary>
    public TimeSpan SessionWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The bot's account id in activities.</summary>
    public string BotId { get; set; } = "intakebot";

    /// <summary>The bot's display name in activities.</summary>
    public string BotName { get; set; } = "IntakeBot";
}
