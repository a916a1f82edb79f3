using IntakeBot.Bot.Staff.Identity;
using IntakeBot.Casework;
using IntakeBot.Casework.Audit;
using IntakeBot.Casework.Delivery;
using IntakeBot.Casework.Memory;
using IntakeBot.Casework.Register;
using IntakeBot.Casework.Transcripts;
using IntakeBot.Intake.Cases;
using IntakeBot.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Bot.Tests.Staff.Web;

/// <summary>The real host (Identity on a temporary SQLite file, the real pages) with the casework memory stores.</summary>
public sealed class StaffWebFactory : WebApplicationFactory<Program>
{
    /// <summary>Meets every password rule; synthetic.</summary>
    public const string Password = "Tulp-Fiets-2026!x";

    private readonly string _folder = Directory.CreateTempSubdirectory("intakebot-staffweb-").FullName;
    private int _users;

    public string DatabasePath => Path.Combine(_folder, "data", "intakebot.db");

    private static readonly CaseScope Everyone = CaseScope.For("kracht-den-haag", "blijf-groep", "zorgkracht12", "cjg-westelijke-mijnstreek", "veilig-thuis-hollands-midden");

    public StaffWebFactory()
    {
        Register = new MemoryCaseRegister(Cases, Deliveries);
        Transcripts = new MemoryTranscriptStore(Cases);
    }

    internal MemoryCaseStore Cases { get; } = new();

    internal MemoryDeliveryLog Deliveries { get; } = new();

    internal MemoryCaseRegister Register { get; }

    internal MemoryTranscriptStore Transcripts { get; }

    internal MemoryAuditLog Audit { get; } = new();

    internal async Task<CaseRecord> RecordAsync(string reference) => (await Register.GetAsync(Everyone, reference))!;

    internal Task<IReadOnlyList<TimelineEntry>> TimelineAsync(string reference) => Register.TimelineAsync(Everyone, reference);

    internal Task<IReadOnlyList<AuditEntry>> AuditAsync(string? reference = null) => Audit.QueryAsync(Everyone, new AuditQuery(Reference: reference));

    /// <summary>Creates a staff account with <see cref="Password"/>; returns its e-mail address.</summary>
    public async Task<string> CreateUserAsync(string organisation, string role, string? name = null)
    {
        var email = $"medewerker{Interlocked.Increment(ref _users)}.{role}@{organisation}.example.org";
        await using var scope = Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        var (user, errors) = await accounts.CreateAsync(email, organisation, role, name ?? "Medewerker " + _users, Password);
        Assert.True(user is not null, string.Join("; ", errors));
        return email;
    }

    /// <summary>
    /// Creates a staff account with <see cref="Password"/> on <paramref name="host"/> (a factory derived with
    /// <c>WithWebHostBuilder</c>, e.g. on a fake clock); returns its e-mail address.
    /// </summary>
    public static async Task<string> CreateUserOnAsync(WebApplicationFactory<Program> host, string prefix)
    {
        ArgumentNullException.ThrowIfNull(host);
        var email = $"{prefix}-{Guid.NewGuid():N}@kracht-den-haag.example.org";
        await using var scope = host.Services.CreateAsyncScope();
        var (user, errors) = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(email, StaffWebCases.Kracht, StaffRoles.Officer, "Test " + prefix, Password);
        Assert.True(user is not null, string.Join("; ", errors));
        return email;
    }

    /// <summary>A client that keeps cookies and does not follow redirects.</summary>
    public StaffClient NewClient() => ClientOf(this);

    /// <summary>A client of <paramref name="host"/> that keeps cookies and does not follow redirects.</summary>
    public static StaffClient ClientOf(WebApplicationFactory<Program> host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return new(host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
    }

    /// <summary>This host with <paramref name="clock"/> as its <see cref="TimeProvider"/>.</summary>
    public WebApplicationFactory<Program> OnClock(TimeProvider clock) =>
        WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton(clock)));

    /// <summary>A client signed in as a new user of <paramref name="organisation"/> with <paramref name="role"/>.</summary>
    public async Task<StaffClient> SignedInAsync(string organisation, string role)
    {
        var email = await CreateUserAsync(organisation, role);
        var client = NewClient();
        var response = await client.SignInAsync(email, Password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:SqlitePath", DatabasePath);
        builder.UseSetting("Content:RootPath", RepositoryPaths.Content);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ICaseStore>(Cases);
            services.AddSingleton<ICaseRegister>(Register);
            services.AddSingleton<ITranscriptStore>(Transcripts);
            services.AddSingleton<IDeliveryLog>(Deliveries);
            services.AddSingleton<IAuditLog>(Audit);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
            }
        }
    }
}
