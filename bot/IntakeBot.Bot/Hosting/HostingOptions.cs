namespace IntakeBot.Bot.Hosting;

/// <summary>Settings of the process behind a reverse proxy and of its shutdown (configuration section "Hosting").</summary>
public sealed class HostingOptions
{
    public const string SectionName = "Hosting";

    /// <summary>
    /// The reverse proxies whose <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c> are believed: IP addresses
    /// (<c>10.0.0.5</c>) or networks (<c>10.0.0.0/24</c>). Empty: loopback only (nginx on the same machine).
    /// <c>*</c> believes any caller; use it only where the app cannot be reached except through the proxy (Azure App Service).
    /// </summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>How long a stopping host waits for requests and turns in flight. Default 30 seconds.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
