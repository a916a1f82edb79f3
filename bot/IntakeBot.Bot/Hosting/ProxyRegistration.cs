using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace IntakeBot.Bot.Hosting;

/// <summary>Believes the client address and scheme a known reverse proxy (nginx, Azure App Service) forwards.</summary>
/// <remarks>
/// Without this, every user behind nginx shares 127.0.0.1 (one rate-limit bucket for the whole country) and
/// the app thinks requests are plain http. Call <c>app.UseForwardedHeaders()</c> first in the pipeline.
/// </remarks>
public static class ProxyRegistration
{
    /// <summary>The value of <see cref="HostingOptions.KnownProxies"/> that believes any caller.</summary>
    public const string AnyProxy = "*";

    /// <summary>Configures <see cref="ForwardedHeadersOptions"/> from "Hosting:KnownProxies".</summary>
    /// <exception cref="InvalidOperationException">An entry is neither an IP address nor a network.</exception>
    public static WebApplicationBuilder AddProxySupport(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var hosting = builder.Configuration.GetSection(HostingOptions.SectionName).Get<HostingOptions>() ?? new HostingOptions();
        var proxies = hosting.KnownProxies.Where(entry => !string.IsNullOrWhiteSpace(entry)).Select(entry => entry.Trim()).ToList();
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (proxies.Count == 0)
            {
                return;
            }

            // Configured proxies replace the loopback defaults.
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            if (proxies.Contains(AnyProxy))
            {
                options.ForwardLimit = null;
                return;
            }

            foreach (var entry in proxies)
            {
                if (IPAddress.TryParse(entry, out var address))
                {
                    options.KnownProxies.Add(address);
                }
                else if (System.Net.IPNetwork.TryParse(entry, out var network))
                {
                    options.KnownIPNetworks.Add(network);
                }
                else
                {
                    throw new InvalidOperationException($"Hosting:KnownProxies: '{entry}' is not an IP address or network (e.g. 10.0.0.5 or 10.0.0.0/24).");
                }
            }
        });
        return builder;
    }
}
