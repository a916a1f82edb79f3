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

    /// <summary>Configures <see cref="ForwardedHeadersOptions"/> from "Hosting:KnownProxies"; a bad entry stops start-up.</summary>
    /// <exception cref="InvalidOperationException">An entry is neither an IP address nor a network.</exception>
    public static WebApplicationBuilder AddProxySupport(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var hosting = builder.Configuration.GetSection(HostingOptions.SectionName).Get<HostingOptions>() ?? new HostingOptions();
        var entries = hosting.KnownProxies.Where(entry => !string.IsNullOrWhiteSpace(entry)).Select(entry => entry.Trim()).ToList();
        var anyProxy = entries.Contains(AnyProxy);
        var addresses = new List<IPAddress>();
        var networks = new List<System.Net.IPNetwork>();
        foreach (var entry in entries.Where(entry => entry != AnyProxy))
        {
            if (IPAddress.TryParse(entry, out var address))
            {
                addresses.Add(address);
            }
            else if (System.Net.IPNetwork.TryParse(entry, out var network))
            {
                networks.Add(network);
            }
            else
            {
                throw new InvalidOperationException($"Hosting:KnownProxies: '{entry}' is not an IP address or network (e.g. 10.0.0.5 or 10.0.0.0/24).");
            }
        }

        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (entries.Count == 0)
            {
                return;
            }

            // Configured proxies replace the loopback defaults.
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            // ForwardLimit stays 1: only the entry the nearest proxy appended is believed, never one a client sent.
            if (anyProxy)
            {
                return;
            }

            addresses.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return builder;
    }
}
