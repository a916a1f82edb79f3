using IntakeBot.Casework.Audit;
using IntakeBot.Casework.Register;
using IntakeBot.Intake.Cases;
using IntakeBot.Testing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Bot.Tests.Delivery;

/// <summary>The real host with a test sign-in, the register and audit fakes over its case store, and a still clock.</summary>
public sealed class LetterPageFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intakebot-letter-").FullName;

    public ManualTimeProvider Clock { get; } = new();

    internal FakeAuditLog Audit { get; } = new();

    public ICaseStore Cases => Services.GetRequiredService<ICaseStore>();

    /// <summary>A client signed in for <paramref name="organisation"/>.</summary>
    public HttpClient ClientFor(string organisation, string role = "officer")
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Test-Organisation", organisation);
        client.DefaultRequestHeaders.Add("X-Test-Role", role);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:SqlitePath", Path.Combine(_folder, "data", "intakebot.db"));
        builder.UseSetting("Content:RootPath", RepositoryPaths.Content);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ICaseRegister>(provider => new FakeCaseRegister(provider.GetRequiredService<ICaseStore>()));
            services.AddSingleton<IAuditLog>(Audit);
            services.AddAuthentication(options =>
            {
                options.DefaultScheme = TestAuthHandler.SchemeName;
                options.DefaultChallengeScheme = TestAuthHandler.SchemeName;
            }).AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, null);
        });
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
