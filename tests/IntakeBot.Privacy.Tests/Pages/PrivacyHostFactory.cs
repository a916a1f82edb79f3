using IntakeBot.Casework.Audit;
using IntakeBot.Casework.Register;
using IntakeBot.Casework.Transcripts;
using IntakeBot.Intake.Cases;
using IntakeBot.Testing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntakeBot.Privacy.Tests.Pages;

/// <summary>
/// The real host with the fake casework stores of <see cref="World"/>, a standing clock and a test sign-in that issues
/// the staff contract's claims. The policies "staff", "staff-write" and "staff-admin" are defined here over the test
/// scheme, as the staff sign-in defines them over its cookie.
/// </summary>
public class PrivacyHostFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intakebot-privacy-").FullName;

    internal RetentionWorld World { get; } = new();

    public string DataFolder => Path.Combine(_folder, "data");

    /// <summary>A client signed in as <paramref name="role"/> of <paramref name="organisation"/>.</summary>
    public HttpClient ClientFor(string organisation, string role, string id = "u-1", string name = "Sam Jansen")
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestStaffAuthentication.Header, $"{id}|{name}|{organisation}|{role}");
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:SqlitePath", Path.Combine(DataFolder, "intakebot.db"));
        builder.UseSetting("Content:RootPath", RepositoryPaths.Content);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(World.Clock);
            services.RemoveAll<ICaseStore>();
            services.AddSingleton<ICaseStore>(World.Cases);
            services.RemoveAll<ICaseRegister>();
            services.AddSingleton<ICaseRegister>(World.Cases);
            services.RemoveAll<ITranscriptStore>();
            services.AddSingleton<ITranscriptStore>(World.Transcripts);
            services.RemoveAll<IAuditLog>();
            services.AddSingleton<IAuditLog>(World.Audit);
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestStaffAuthentication>(TestStaffAuthentication.SchemeName, null);
            services.AddAuthorizationBuilder()
                .AddPolicy("staff", policy => policy.AddAuthenticationSchemes(TestStaffAuthentication.SchemeName).RequireRole("officer", "reviewer", "admin"))
                .AddPolicy("staff-write", policy => policy.AddAuthenticationSchemes(TestStaffAuthentication.SchemeName).RequireRole("officer", "admin"))
                .AddPolicy("staff-admin", policy => policy.AddAuthenticationSchemes(TestStaffAuthentication.SchemeName).RequireRole("admin"));
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
