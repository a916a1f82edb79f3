using IntakeBot.Content;
using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.State;
using IntakeBot.Intake;
using IntakeBot.Intake.Cases;
using IntakeBot.Understanding.Classification;
using IntakeBot.Understanding.Content;

namespace IntakeBot.Bot.Hosting;

/// <summary>Registers the intake conversation as the host's bot, on the registered content, stores and clock.</summary>
public static class IntakeRegistration
{
    /// <summary>
    /// Adds the classifier (trained from content at start-up, so a bad example file stops start-up), the intake
    /// services and <see cref="IBot"/>. Needs <see cref="ContentCatalog"/>, <see cref="IStorage"/>,
    /// <see cref="ICaseStore"/> and <see cref="TimeProvider"/> registered.
    /// </summary>
    public static IServiceCollection AddIntake(this IServiceCollection services, string contentRoot, IConfiguration configuration)
    {
        var understanding = UnderstandingContent.Load(contentRoot);
        services.AddSingleton(new MessageClassifier(understanding));
        services.AddSingleton(configuration.GetSection(IntakeOptions.SectionName).Get<IntakeOptions>() ?? new IntakeOptions());
        services.AddSingleton(sp => new IntakeServices(
            sp.GetRequiredService<ContentCatalog>(),
            sp.GetRequiredService<MessageClassifier>(),
            sp.GetRequiredService<ICaseStore>(),
            sp.GetRequiredService<IStorage>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IntakeOptions>()));
        services.AddSingleton<IBot>(sp => new IntakeBotHandler(sp.GetRequiredService<IntakeServices>()));
        return services;
    }
}
