using System.Net;

namespace IntakeBot.Bot.Channels.BotConnector;

/// <summary>
/// Decides whether an unauthenticated call is allowed when no app id is configured: only in the Development
/// environment and only from a loopback address (the local Bot Framework Emulator). Every other call is refused,
/// and the reason is logged once so a misconfigured production bot is noticed without flooding the log.
/// </summary>
internal sealed class EmulatorAccess(bool isDevelopment, ILogger<EmulatorAccess> logger)
{
    private int _refusalLogged;

    /// <param name="remoteAddress">The connection's remote address.</param>
    /// <param name="forwarded">True when the request came through a proxy (X-Forwarded-For or Forwarded header):
    /// a proxy on the same machine makes every caller look local.</param>
    public bool IsAllowed(IPAddress? remoteAddress, bool forwarded)
    {
        var loopback = remoteAddress is not null && IPAddress.IsLoopback(remoteAddress) && !forwarded;
        if (isDevelopment && loopback)
        {
            return true;
        }

        if (Interlocked.Exchange(ref _refusalLogged, 1) == 0)
        {
            logger.LogWarning(
                "Refusing unauthenticated calls to /api/messages: no BotConnector:MicrosoftAppId is configured, and emulator mode needs the Development environment (now {Development}) and a loopback caller (this one, not forwarded by a proxy: {Loopback}).",
                isDevelopment ? "yes" : "no",
                loopback ? "yes" : "no");
        }

        return false;
    }
}
