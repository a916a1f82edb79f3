using IntakeBot.Casework;
using IntakeBot.Casework.Audit;
using IntakeBot.Casework.Memory;
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

    public MemoryAuditLog Audit { get; } = new();

    public MemoryCaseStore Cases { get; } = new();

    /// <summary>Every audit entry of one organisation, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> AuditOfAsync(string organisation) => await Audit.QueryAsync(CaseScope.For(organisation), new AuditQuery());

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
            // The register needs the memory case store, so the host's case store is replaced by it for these tests.
            services.AddSingleton<ICaseStore>(Cases);
            services.AddSingleton<ICaseRegister>(new MemoryCaseRegister(Cases));
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
