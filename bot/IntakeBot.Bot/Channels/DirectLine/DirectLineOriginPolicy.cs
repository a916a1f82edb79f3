using System.Net;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>
/// Decides which pages may ask for a session: the server's own origin, the configured trusted origins, and
/// (without an Origin header, so not from a browser page) only requests from the same host.
/// </summary>
internal static class DirectLineOriginPolicy
{
    public static bool IsAllowed(HttpContext context, DirectLineOptions options)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin))
        {
            return IsSameHost(context.Connection);
        }

        var normalised = Normalise(origin);
        if (normalised is null)
        {
            return false;
        }

        var own = Normalise($"{context.Request.Scheme}://{context.Request.Host}");
        return string.Equals(normalised, own, StringComparison.OrdinalIgnoreCase)
            || options.TrustedOrigins.Any(trusted => string.Equals(Normalise(trusted), normalised, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>scheme://host[:port] with the default port left out; null for anything that is not an http(s) origin.</summary>
    public static string? Normalise(string? origin)
    {
        if (string.IsNullOrWhiteSpace(origin) || !Uri.TryCreate(origin.Trim().TrimEnd('/'), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.AbsolutePath != "/")
        {
            return null;
        }

        return uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
    }

    private static bool IsSameHost(ConnectionInfo connection)
    {
        var remote = connection.RemoteIpAddress;
        // The test server has no connection at all; it is in-process, so the same host.
        return remote is null || IPAddress.IsLoopback(remote) || remote.Equals(connection.LocalIpAddress);
    }
}
