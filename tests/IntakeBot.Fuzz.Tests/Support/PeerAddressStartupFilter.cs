using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace IntakeBot.Fuzz.Tests.Support;

/// <summary>
/// Gives in-memory requests the TCP peer address a real connection would have: the <see cref="Header"/> value, or
/// 127.0.0.1 (a local caller, or nginx on the same machine). Runs before the host's own middleware, so the
/// forwarded-headers middleware and the rate limiter see it as the connection's address.
/// </summary>
internal sealed class PeerAddressStartupFilter : IStartupFilter
{
    public const string Header = "X-Test-Peer";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            var peer = context.Request.Headers[Header].ToString();
            context.Connection.RemoteIpAddress = IPAddress.TryParse(peer, out var address) ? address : IPAddress.Loopback;
            return nextMiddleware(context);
        });
        next(app);
    };
}
