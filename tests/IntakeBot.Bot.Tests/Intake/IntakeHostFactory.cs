using IntakeBot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Bot.Tests.Intake;

/// <summary>The real host with the real intake bot, on a temporary SQLite file, a known Direct Line secret and a fixed clock.</summary>
public sealed class IntakeHostFactory : WebApplicationFactory<Program>
{
    public const string Secret = "intake-end-to-end-secret-0123456789abcdef";

    private readonly string _folder = Directory.CreateTempSubdirectory("intakebot-e2e-").FullName;

    public ManualTimeProvider Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:SqlitePath", Path.Combine(_folder, "data", "intakebot.db"));
        builder.UseSetting("Content:RootPath", RepositoryPaths.Content);
        builder.UseSetting("DirectLine:Secret", Secret);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
