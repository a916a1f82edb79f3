using IntakeBot.Casework.Delivery;
using IntakeBot.Casework.Memory;
using IntakeBot.Casework.Register;
using IntakeBot.Intake.Cases;
using IntakeBot.Testing;
using IntakeBot.Testing.Smtp;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Bot.Tests.Delivery;

/// <summary>
/// The real host with delivery switched on: the casework memory stores, a local SMTP listener as the mail server,
/// Kracht's notification address, and a short poll interval.
/// </summary>
public sealed class DeliveryHostFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Secret = "delivery-end-to-end-secret-0123456789abcdef";
    public const string KrachtEmail = "klachten@kracht.example.nl";

    private readonly string _folder = Directory.CreateTempSubdirectory("intakebot-delivery-").FullName;

    public SmtpTestServer Smtp { get; private set; } = null!;

    public MemoryCaseStore Cases { get; } = new();

    public MemoryDeliveryLog Deliveries { get; } = new();

    public async Task InitializeAsync() => Smtp = await SmtpTestServer.StartNewAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:SqlitePath", Path.Combine(_folder, "data", "intakebot.db"));
        builder.UseSetting("Content:RootPath", RepositoryPaths.Content);
        builder.UseSetting("DirectLine:Secret", Secret);
        builder.UseSetting("Delivery:PollInterval", "00:00:00.050");
        builder.UseSetting("Delivery:StaffBaseUrl", "https://intake.example.nl");
        builder.UseSetting("Delivery:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Delivery:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Delivery:Smtp:EnableTls", "false");
        builder.UseSetting("Delivery:Smtp:From", "intakebot@intake.example.nl");
        builder.UseSetting("Delivery:Organisations:kracht-den-haag:Email", KrachtEmail);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(new ManualTimeProvider());
            services.AddSingleton<ICaseStore>(Cases);
            services.AddSingleton(Deliveries);
            services.AddSingleton<IDeliveryLog>(Deliveries);
            services.AddSingleton<ICaseRegister>(new MemoryCaseRegister(Cases, Deliveries));
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
