using IntakeBot.Bot.Staff.Identity;
using IntakeBot.Browser.Tests.Support;
using IntakeBot.Casework.Audit;
using IntakeBot.Casework.Delivery;
using IntakeBot.Casework.Memory;
using IntakeBot.Casework.Register;
using IntakeBot.Casework.Transcripts;
using IntakeBot.Dialogs.Builder;
using IntakeBot.Intake;
using IntakeBot.Intake.Cases;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Browser.Tests.Staff;

/// <summary>
/// The real host with the real intake bot and the casework memory stores (the intake's cases land in the same
/// memory case store the register reads), for the staff pages in Chromium.
/// </summary>
public sealed class StaffHost : IAsyncLifetime
{
    /// <summary>Meets every password rule; synthetic.</summary>
    public const string Password = "Tulp-Fiets-2026!x";

    private int _users;

    public StaffHost()
    {
        Register = new MemoryCaseRegister(Cases, Deliveries);
        Transcripts = new MemoryTranscriptStore(Cases);
    }

    internal WidgetHost Host { get; private set; } = null!;

    public Uri Address => Host.Address;

    internal MemoryCaseStore Cases { get; } = new();

    internal MemoryDeliveryLog Deliveries { get; } = new();

    internal MemoryCaseRegister Register { get; }

    internal MemoryTranscriptStore Transcripts { get; }

    internal MemoryAuditLog Audit { get; } = new();

    public Task InitializeAsync()
    {
        Host = new WidgetHost(services =>
        {
            services.AddSingleton<IBot>(sp => new IntakeBotHandler(sp.GetRequiredService<IntakeServices>()));
            services.AddSingleton<ICaseStore>(Cases);
            services.AddSingleton<ICaseRegister>(Register);
            services.AddSingleton<ITranscriptStore>(Transcripts);
            services.AddSingleton<IDeliveryLog>(Deliveries);
            services.AddSingleton<IAuditLog>(Audit);
        });
        Host.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>Creates a staff account with <see cref="Password"/>; returns its e-mail address.</summary>
    public async Task<string> CreateUserAsync(string organisation, string role)
    {
        var number = Interlocked.Increment(ref _users);
        var email = $"browser{number}.{role}@{organisation}.example.org";
        await using var scope = Host.Services.CreateAsyncScope();
        var (user, errors) = await scope.ServiceProvider.GetRequiredService<StaffAccounts>().CreateAsync(email, organisation, role, "Medewerker " + number, Password);
        Assert.True(user is not null, string.Join("; ", errors));
        return email;
    }
}
