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

    public bool IsAllowed(IPAddress? remoteAddress)
    {
        if (isDevelopment && remoteAddress is not null && IPAddress.IsLoopback(remoteAddress))
        {
            return true;
        }

        if (Interlocked.Exchange(ref _refusalLogged, 1) == 0)
        {
            logger.LogWarning(
                "Refusing unauthenticated calls to /api/messages: no BotConnector:MicrosoftAppId is configured, and emulator mode needs the Development environment (now {Development}) and a loopback caller (this one {Loopback}).",
                isDevelopment ? "yes" : "no",
                remoteAddress is not null && IPAddress.IsLoopback(remoteAddress) ? "yes" : "no");
        }

        return false;
    }
}
