using IntakeBot.Testing;
using IntakeBot.Testing.Processes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Fuzz.Tests.Support;

/// <summary>
/// The real host in memory with the real intake bot on a temporary SQLite file, a known Direct Line secret, and the
/// peer address of <see cref="PeerAddressStartupFilter"/>. Production by default; Development opens /api/messages
/// in emulator mode.
/// </summary>
internal sealed class FuzzHost : WebApplicationFactory<Program>
{
    public const string Secret = "fuzz-secret-4b8e1d2c9a7f6e5d3c1b";
    public const string TrustedOrigin = "https://jeugdzorg.example";

    private readonly TemporaryFolder _folder = new("intakebot-fuzz-");
    private readonly string _environment;
    private readonly (string Key, string Value)[] _settings;

    public FuzzHost(string environment = "Production", params (string Key, string Value)[] settings)
    {
        _environment = environment;
        _settings = settings;
    }

    /// <summary>A host with every rate limit off, for fuzzing that sends more requests than a person would.</summary>
    public static FuzzHost WithoutRateLimits(string environment = "Production", params (string Key, string Value)[] settings) =>
        new(environment, [("Limits:Enabled", "false"), .. settings]);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("Content:RootPath", RepositoryPaths.Content);
        builder.UseSetting("Storage:SqlitePath", Path.Combine(_folder.Path, "data", "intakebot.db"));
        builder.UseSetting("DirectLine:Secret", Secret);
        builder.UseSetting("DirectLine:TrustedOrigins:0", TrustedOrigin);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, PeerAddressStartupFilter>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _folder.Dispose();
        }
    }
}
