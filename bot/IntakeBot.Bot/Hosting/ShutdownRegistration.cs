namespace IntakeBot.Bot.Hosting;

/// <summary>Lets a stopping host finish the requests (and so the turns) in flight, for "Hosting:ShutdownTimeout".</summary>
public static class ShutdownRegistration
{
    /// <summary>Sets <see cref="HostOptions.ShutdownTimeout"/>; keep systemd's TimeoutStopSec above it.</summary>
    /// <exception cref="InvalidOperationException">The timeout is negative.</exception>
    public static WebApplicationBuilder AddGracefulShutdown(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var hosting = builder.Configuration.GetSection(HostingOptions.SectionName).Get<HostingOptions>() ?? new HostingOptions();
        if (hosting.ShutdownTimeout < TimeSpan.Zero)
        {
            throw new InvalidOperationException("Hosting:ShutdownTimeout must not be negative.");
        }

        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = hosting.ShutdownTimeout);
        return builder;
    }
}
