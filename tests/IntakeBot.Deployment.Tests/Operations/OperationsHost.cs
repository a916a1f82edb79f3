using IntakeBot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntakeBot.Deployment.Tests.Operations;

/// <summary>The real host (Program) on a temporary data folder, with settings, service overrides and captured logs.</summary>
internal sealed class OperationsHost : WebApplicationFactory<Program>
{
    public const string DirectLineSecret = "ops-test-secret-4b7e1c9a2d6f8e0a3c5b";

    private readonly string _data = Directory.CreateTempSubdirectory("intakebot-ops-").FullName;
    private readonly Dictionary<string, string> _settings;
    private readonly Action<IServiceCollection>? _services;

    public OperationsHost(Action<IServiceCollection>? services = null, string environment = "Production", params (string Key, string Value)[] settings)
    {
        _services = services;
        Environment = environment;
        _settings = settings.ToDictionary(setting => setting.Key, setting => setting.Value);
    }

    public string Environment { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    /// <summary>The Kestrel address after <see cref="StartKestrel"/>.</summary>
    public Uri StartKestrel()
    {
        UseKestrel(0);
        StartServer();
        return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Content:RootPath", RepositoryPaths.Content);
        builder.UseSetting("Storage:SqlitePath", Path.Combine(_data, "intakebot.db"));
        builder.UseSetting("DirectLine:Secret", DirectLineSecret);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Debug));
        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
