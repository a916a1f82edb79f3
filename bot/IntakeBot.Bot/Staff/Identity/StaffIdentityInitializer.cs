namespace IntakeBot.Bot.Staff.Identity;

/// <summary>Creates the Identity schema and roles before the host serves requests.</summary>
internal sealed class StaffIdentityInitializer(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await StaffIdentitySchema.EnsureAsync(scope.ServiceProvider.GetRequiredService<StaffIdentityDbContext>(), cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
