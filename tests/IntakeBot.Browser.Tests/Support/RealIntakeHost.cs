using IntakeBot.Dialogs.Builder;
using IntakeBot.Intake;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Browser.Tests.Support;

/// <summary>A second host with the real intake bot (content, classifier, SQLite), for whole intakes in the browser.</summary>
public sealed class RealIntakeHost : IAsyncLifetime
{
    internal WidgetHost Host { get; private set; } = null!;

    public Uri Address => Host.Address;

    public Task InitializeAsync()
    {
        Host = new WidgetHost(services => services.AddSingleton<IBot>(sp => new IntakeBotHandler(sp.GetRequiredService<IntakeServices>())));
        Host.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
