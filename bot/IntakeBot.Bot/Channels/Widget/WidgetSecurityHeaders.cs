using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace IntakeBot.Bot.Channels.Widget;

/// <summary>
/// Security headers for every response: a strict Content-Security-Policy (scripts only from this host, no inline
/// script), no referrer (so the neutral exit page never learns where the person came from), no sniffing, and no
/// camera, microphone or location.
/// </summary>
internal sealed class WidgetSecurityHeaders
{
    private readonly string _frameAncestors;

    public WidgetSecurityHeaders(IEnumerable<string> frameAncestors)
    {
        var allowed = frameAncestors.Where(IsOrigin).Select(o => o.TrimEnd('/')).Distinct(StringComparer.OrdinalIgnoreCase);
        _frameAncestors = string.Join(' ', new[] { "'self'" }.Concat(allowed));
    }

    public void Apply(HttpContext context)
    {
        var host = context.Request.Host.Value ?? "";
        var headers = context.Response.Headers;
        var sockets = IsPlainHost(host) ? $" ws://{host} wss://{host}" : "";

        // Web Chat styles its components with injected <style> elements, hence 'unsafe-inline' for styles only.
        // The stream WebSocket is listed explicitly because not every browser counts ws: as 'self'.
        headers.ContentSecurityPolicy = string.Create(
            CultureInfo.InvariantCulture,
            $"default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; media-src 'self' blob: data:; connect-src 'self'{sockets}; frame-src 'self'; frame-ancestors {_frameAncestors}; base-uri 'none'; form-action 'none'; object-src 'none'");
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            || context.Request.Path.Value is "/" or "/index.html" or "/licht" or "/licht.html")
        {
            // A shared or checked phone must not show the chat from the browser cache.
            headers.CacheControl = new StringValues("no-store");
        }
    }

    // The Host header is reflected into the policy, so only host names, IP addresses and ports get through.
    private static bool IsPlainHost(string host) =>
        host.Length is > 0 and <= 255 && host.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or ':' or '[' or ']');

    private static bool IsOrigin(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.PathAndQuery == "/"
        && value.IndexOfAny([' ', ';', '\'', ',']) < 0;
}
