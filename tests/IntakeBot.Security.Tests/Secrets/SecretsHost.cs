using IntakeBot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace IntakeBot.Security.Tests.Secrets;

/// <summary>The real host (SQLite, the intake bot, delivery configured) logging at Trace to the console and to <see cref="Logs"/>.</summary>
internal sealed class SecretsHost(IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
{
    private readonly string _data = Directory.CreateTempSubdirectory("intakebot-secrets-").FullName;

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Content:RootPath", RepositoryPaths.Content);
        builder.UseSetting("Storage:SqlitePath", Path.Combine(_data, "intakebot.db"));
        builder.UseSetting("DataProtection:KeysPath", Path.Combine(_data, "keys"));
        builder.UseSetting("Logging:LogLevel:Default", "Trace");
        builder.UseSetting("Logging:LogLevel:Microsoft", "Trace");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace");
        builder.UseSetting("Logging:LogLevel:System", "Trace");
        builder.UseSetting("Logging:Console:LogLevel:Default", "Trace");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
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
