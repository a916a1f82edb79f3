namespace IntakeBot.Bot.Channels.BotConnector;

/// <summary>Decides which service URLs the bot may post replies (and its token) to.</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Emulator mode (no app id): loopback hosts only, http or https; replies carry no token.</item>
/// <item>Otherwise https only; plain http only to a loopback host in the Development environment (local tests with a
/// fake connector). When <see cref="BotConnectorOptions.AllowedServiceUrlHosts"/> is set, the host must match it.</item>
/// </list>
/// </remarks>
internal sealed class ServiceUrlPolicy(BotConnectorOptions options, bool isDevelopment)
{
    private const int MaxLength = 2048;

    public ServiceUrlVerdict Check(string? serviceUrl)
    {
        if (string.IsNullOrWhiteSpace(serviceUrl) || serviceUrl.Length > MaxLength
            || !Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
        {
            return ServiceUrlVerdict.Refused("missing or not an absolute URL");
        }

        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
        {
            return ServiceUrlVerdict.Refused($"scheme {uri.Scheme} is not allowed");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            return ServiceUrlVerdict.Refused("user info, query or fragment is not allowed");
        }

        if (!options.IsAuthenticationEnabled)
        {
            return uri.IsLoopback ? Accept(uri) : ServiceUrlVerdict.Refused("emulator mode replies only to a loopback host");
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !(uri.IsLoopback && isDevelopment))
        {
            return ServiceUrlVerdict.Refused("http is allowed only to loopback in Development");
        }

        if (options.AllowedServiceUrlHosts.Length > 0 && !(uri.IsLoopback && isDevelopment) && !IsAllowedHost(uri.IdnHost))
        {
            return ServiceUrlVerdict.Refused($"host {uri.IdnHost} is not in AllowedServiceUrlHosts");
        }

        return Accept(uri);
    }

    internal bool IsAllowedHost(string host)
    {
        foreach (var pattern in options.AllowedServiceUrlHosts)
        {
            var trimmed = pattern.Trim();
            if (trimmed.StartsWith("*.", StringComparison.Ordinal))
            {
                if (host.EndsWith(trimmed[1..], StringComparison.OrdinalIgnoreCase) && host.Length > trimmed.Length - 1)
                {
                    return true;
                }
            }
            else if (string.Equals(host, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Relative paths resolve under the service URL only when its path ends with a slash.
    private static ServiceUrlVerdict Accept(Uri uri) =>
        new(uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/"), null);
}
