using IntakeBot.Bot.Hosting;
using IntakeBot.Bot.Staff;
using IntakeBot.Casework.Delivery;
using IntakeBot.Casework.Register;
using IntakeBot.Content;
using IntakeBot.Intake.Cases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace IntakeBot.Bot.Delivery;

/// <summary>
/// Registers delivery (e-mail, webhook, the outbox worker). The letter page is registered and mapped with the staff
/// area (<c>StaffArea</c>); it carries its own policy as an attribute.
/// </summary>
public static class DeliveryRegistration
{
    /// <summary>The staff policy of the contract (any staff role); staff sign-in defines it, this is a fallback.</summary>
    public const string StaffPolicy = "staff";

    /// <summary>The claim holding the staff member's organisation id.</summary>
    public const string OrganisationClaim = "intakebot:organisation";

    /// <summary>
    /// Binds "Delivery" (validated at start), registers the SMTP and webhook senders, the dispatcher and its worker.
    /// Needs <see cref="ICaseStore"/>, <see cref="ICaseRegister"/>, <see cref="IDeliveryLog"/>,
    /// <c>IAuditLog</c>, <see cref="ContentCatalog"/> and <see cref="StaffTexts"/> from the storage and intake registration.
    /// </summary>
    public static WebApplicationBuilder AddDelivery(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DeliveryOptions>()
            .Bind(builder.Configuration.GetSection(DeliveryOptions.SectionName))
            .Validate(options => !options.Problems().Any(), "The Delivery configuration is invalid: see DeliveryOptions.Problems().")
            .ValidateOnStart();
        services.AddHttpClient(WebhookSender.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        services.AddSingleton<IMailSender, SmtpMailSender>();
        services.AddSingleton<IWebhookSender, WebhookSender>();
        services.AddSingleton<IDeliveryTexts, StaffDeliveryTexts>();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<DeliveryOptions>>().Value.ToSettings());
        services.AddSingleton(provider => new OutboxDispatcher(
            provider.GetRequiredService<ICaseStore>(),
            provider.GetRequiredService<ICaseRegister>(),
            provider.GetRequiredService<IDeliveryLog>(),
            provider.GetRequiredService<IMailSender>(),
            provider.GetRequiredService<IWebhookSender>(),
            provider.GetRequiredService<IDeliveryTexts>(),
            provider.GetRequiredService<ContentCatalog>(),
            provider.GetRequiredService<DeliverySettings>(),
            provider.GetRequiredService<TimeProvider>(),
            Random.Shared));
        // With PostgreSQL several instances share the outbox; an advisory lock lets one of them deliver at a time.
        var storage = StorageOptions.From(builder.Configuration);
        if (string.Equals(storage.Provider?.Trim(), StorageOptions.PostgresProvider, StringComparison.OrdinalIgnoreCase)
            && !string.IsNullOrWhiteSpace(storage.PostgresConnectionString))
        {
            services.AddSingleton<IOutboxLock>(_ => new PostgresOutboxLock(storage.PostgresConnectionString));
        }
        else
        {
            services.AddSingleton<IOutboxLock>(SingleInstanceOutboxLock.Instance);
        }

        services.AddHostedService<OutboxWorker>();

        // Staff sign-in defines the "staff" policy; PostConfigure runs after it and only fills the gap when it did not.
        services.PostConfigure<AuthorizationOptions>(options =>
        {
            if (options.GetPolicy(StaffPolicy) is null)
            {
                options.AddPolicy(StaffPolicy, policy => policy
                    .RequireAuthenticatedUser()
                    .RequireClaim(OrganisationClaim)
                    .RequireRole("officer", "reviewer", "admin"));
            }
        });
        return builder;
    }
}
