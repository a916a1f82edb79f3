using IntakeBot.Security.Tests.Secrets;
using IntakeBot.Testing;
using IntakeBot.Testing.Processes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace IntakeBot.Security.Tests.Support;

/// <summary>
/// The real host with the given settings (SQLite in a temporary folder unless they choose PostgreSQL). With
/// <paramref name="trace"/> it logs everything at Trace to the console and to <see cref="Logs"/>.
/// </summary>
internal sealed class ConfiguredHost(IReadOnlyDictionary<string, string> settings, bool trace = false) : WebApplicationFactory<Program>
{
    private readonly TemporaryFolder _data = new("intakebot-secrets-");

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Content:RootPath", RepositoryPaths.Content);
        builder.UseSetting("Storage:SqlitePath", Path.Combine(_data.Path, "intakebot.db"));
        builder.UseSetting("DataProtection:KeysPath", Path.Combine(_data.Path, "keys"));
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (!trace)
        {
            return;
        }

        foreach (var category in new[] { "Default", "Microsoft", "Microsoft.AspNetCore", "System" })
        {
            builder.UseSetting("Logging:LogLevel:" + category, "Trace");
        }

        builder.UseSetting("Logging:Console:LogLevel:Default", "Trace");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _data.Dispose();
        }
    }
}
