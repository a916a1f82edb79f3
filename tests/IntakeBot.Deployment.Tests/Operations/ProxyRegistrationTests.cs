using System.Net;
using IntakeBot.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IntakeBot.Deployment.Tests.Operations;

public sealed class ProxyRegistrationTests
{
    [Fact]
    public void ByDefault_OnlyLoopbackProxiesAreBelieved()
    {
        var options = Options();

        Assert.Equal(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, options.ForwardedHeaders);
        Assert.Contains(options.KnownIPNetworks, network => network.Contains(IPAddress.Loopback));
        Assert.DoesNotContain(options.KnownIPNetworks, network => network.Contains(IPAddress.Parse("10.1.2.3")));
        Assert.Equal(1, options.ForwardLimit);
    }

    [Fact]
    public void ConfiguredProxies_ReplaceLoopback()
    {
        var options = Options(("Hosting:KnownProxies:0", "10.1.2.3"), ("Hosting:KnownProxies:1", "172.16.0.0/12"));

        Assert.Equal([IPAddress.Parse("10.1.2.3")], options.KnownProxies);
        Assert.Equal([System.Net.IPNetwork.Parse("172.16.0.0/12")], options.KnownIPNetworks);
    }

    [Fact]
    public void Star_BelievesAnyProxy_ButOnlyTheNearestHop()
    {
        var options = Options(("Hosting:KnownProxies:0", "*"));

        Assert.Empty(options.KnownProxies);
        Assert.Empty(options.KnownIPNetworks);
        Assert.Equal(1, options.ForwardLimit);
    }

    [Fact]
    public void ABadEntry_StopsStartUp_WithTheEntry()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Hosting:KnownProxies:0"] = "nginx.local";

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddProxySupport());

        Assert.Contains("'nginx.local'", error.Message, StringComparison.Ordinal);
    }

    private static ForwardedHeadersOptions Options(params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateBuilder();
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }

        builder.AddProxySupport();
        using var services = builder.Services.BuildServiceProvider();
        return services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
    }
}
