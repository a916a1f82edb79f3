using System.Net;
using System.Net.Sockets;
using IntakeBot.Dialogs.Builder;
using IntakeBot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntakeBot.Browser.Tests.Support;

/// <summary>
/// The real host on Kestrel at 127.0.0.1 and a free port, with a temporary SQLite file and a test bot (the scripted
/// bot by default; the lead can pass the real intake bot's registration instead).
/// </summary>
internal sealed class WidgetHost : WebApplicationFactory<Program>
{
    private readonly string _data = Directory.CreateTempSubdirectory("intakebot-browser-").FullName;
    private readonly Action<IServiceCollection> _registerBot;

    public WidgetHost(Action<IServiceCollection> registerBot)
    {
        _registerBot = registerBot;
        // The port is chosen up front so that the organisation's site (same port, host name localhost) can be
        // configured as a frame ancestor before start.
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        UseKestrel(options => options.Listen(IPAddress.Loopback, Port));
    }

    public int Port { get; }

    /// <summary>Another origin on the same server that plays an organisation's site (see <see cref="OrganisationSiteFilter"/>).</summary>
    public string OrganisationSite => $"http://localhost:{Port}";

    public Uri Address { get; private set; } = null!;

    public static string WebRoot => Path.Combine(RepositoryPaths.Root, "bot", "IntakeBot.Bot", "wwwroot");

    public void Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Content:RootPath", RepositoryPaths.Content);
        builder.UseSetting("Storage:SqlitePath", Path.Combine(_data, "intakebot.db"));
        builder.UseSetting("Widget:WebRoot", WebRoot);
        builder.UseSetting("Widget:ExitUrl", "https://exit.test/weer");
        builder.UseSetting("Widget:FrameAncestors:0", OrganisationSite);
        // Every page of every test starts a session from 127.0.0.1: the per-IP limit for real visitors (20 a minute)
        // would otherwise refuse the later tests of a run.
        builder.UseSetting("DirectLine:SessionPermitLimit", "10000");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IStartupFilter, OrganisationSiteFilter>();
            services.RemoveAll<IBot>();
            _registerBot(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_data))
        {
            try
            {
                Directory.Delete(_data, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
            }
        }
    }
}
