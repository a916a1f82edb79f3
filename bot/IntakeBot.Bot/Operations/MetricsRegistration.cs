using IntakeBot.Intake.Cases;

namespace IntakeBot.Bot.Operations;

/// <summary>Registers the "IntakeBot" meter's instruments, the turn middleware and the counting case store.</summary>
public static class MetricsRegistration
{
    /// <summary>
    /// Adds <see cref="IntakeBotMetrics"/>, the turn metrics middleware (the channel adapters use it), the outbox
    /// backlog gauge, and wraps the registered <see cref="ICaseStore"/> to count cases; call after the store is registered.
    /// </summary>
    public static IServiceCollection AddIntakeBotMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddSingleton<IntakeBotMetrics>();
        services.AddSingleton<TurnMetricsMiddleware>();
        services.AddHostedService<OutboxBacklogGauge>();
        var store = services.LastOrDefault(descriptor => descriptor.ServiceType == typeof(ICaseStore) && !descriptor.IsKeyedService);
        if (store is not null)
        {
            services.Remove(store);
            services.AddSingleton<ICaseStore>(provider => new MeteredCaseStore(
                Create(provider, store), provider.GetRequiredService<IntakeBotMetrics>(), ownsInner: store.ImplementationInstance is null));
        }

        return services;
    }

    private static ICaseStore Create(IServiceProvider provider, ServiceDescriptor descriptor) =>
        (ICaseStore)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!));
}
