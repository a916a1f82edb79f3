using IntakeBot.Intake.Cases;
using IntakeBot.Storage.ApiKeys;
using IntakeBot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Bot.Tests.Staff;

/// <summary>The real host on a temporary SQLite file, with a clock that stands still.</summary>
public sealed class StaffApiFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intakebot-staff-").FullName;

    public string DatabasePath => Path.Combine(_folder, "data", "intakebot.db");

    public ManualTimeProvider Clock { get; } = new();

    public ICaseStore Cases => Services.GetRequiredService<ICaseStore>();

    public IApiKeyStore Keys => Services.GetRequiredService<IApiKeyStore>();

    /// <summary>A client that sends <paramref name="key"/> as <c>Authorization: ApiKey ...</c>.</summary>
    public HttpClient ClientWithKey(string key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "ApiKey " + key);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:SqlitePath", DatabasePath);
        builder.UseSetting("Content:RootPath", RepositoryPaths.Content);
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
