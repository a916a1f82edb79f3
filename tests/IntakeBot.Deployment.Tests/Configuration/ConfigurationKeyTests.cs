using IntakeBot.Bot.Hosting;
using IntakeBot.Deployment.Tests.Azure;
using IntakeBot.Deployment.Tests.SelfHost;

namespace IntakeBot.Deployment.Tests.Configuration;

public sealed class ConfigurationKeyTests
{
    [Fact]
    public void AzureAppSettings_MapToRealSettings()
    {
        var problems = ArmTemplate.Load().AppSettings().Select(setting => ConfigurationKeys.Problem(setting.Name)).OfType<string>().ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void EnvExample_Keys_MapToRealSettings()
    {
        var problems = EnvFile.Load().AllKeys.Select(ConfigurationKeys.Problem).OfType<string>().ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void SystemdEnvironment_Keys_MapToRealSettings()
    {
        var environment = SystemdUnit.Load().Environment;
        var problems = environment.Keys.Select(ConfigurationKeys.Problem).OfType<string>().ToList();

        Assert.NotEmpty(environment);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void EnvExample_ShowsEveryBindableKey_WithAComment()
    {
        var env = EnvFile.Load();
        var keys = env.AllKeys.ToHashSet(StringComparer.Ordinal);
        var missing = ConfigurationKeys.Sections
            .SelectMany(section => ConfigurationKeys.BindableKeys(section.Key, section.Value))
            .Where(key => !keys.Contains(key))
            .ToList();

        Assert.True(missing.Count == 0, $"intakebot.env.example does not show: {string.Join(", ", missing)}");
        Assert.All(env.AllKeys, key => Assert.True(env.HasComment(key), $"{key} has no comment above it"));
    }

    [Fact]
    public void EnvExample_HoldsNoRealSecret()
    {
        var env = EnvFile.Load();
        var secrets = env.Active.Concat(env.Commented).Where(pair => SecretNames.LooksSecret(pair.Key)).ToList();

        Assert.NotEmpty(secrets);
        Assert.All(secrets, pair => Assert.True(pair.Value.Length == 0 || pair.Value.Contains("CHANGE-ME", StringComparison.Ordinal), $"{pair.Key} holds '{pair.Value}', not a CHANGE-ME placeholder."));
    }

    [Theory]
    [InlineData("DirectLine__TrustedOrigins__0")]
    [InlineData("DirectLine__Secret")]
    [InlineData("BotConnector__AllowedServiceUrlHosts__3")]
    [InlineData("Hosting__ShutdownTimeout")]
    [InlineData("Logging__LogLevel__Default")]
    [InlineData("ASPNETCORE_URLS")]
    [InlineData("Storage__Provider")]
    [InlineData("Delivery__Organisations__kracht-den-haag__WebhookSecret")]
    public void Problem_AcceptsRealKeys(string key) => Assert.Null(ConfigurationKeys.Problem(key));

    [Theory]
    [InlineData("DirectLine__Secrett", "DirectLineOptions has no bindable property")]
    [InlineData("DirectLine__TrustedOrigins__first", "DirectLineOptions has no bindable property")]
    [InlineData("BotConnector__IsAuthenticationEnabled", "BotConnectorOptions has no bindable property")]
    [InlineData("Storage", "StorageOptions has no bindable property")]
    [InlineData("Kestrl__Limits", "no options class is bound to section 'Kestrl'")]
    [InlineData("Delivery__Organisations__kracht-den-haag__Webhook", "Delivery")]
    public void Problem_ExplainsUnknownKeys(string key, string reason)
    {
        var problem = ConfigurationKeys.Problem(key);

        Assert.NotNull(problem);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void SectionTable_MatchesTheSectionNames()
    {
        Assert.All(ConfigurationKeys.Sections, section => Assert.Contains(section.Value, ConfigurationKeys.DiscoveredSections[section.Key]));
        Assert.Contains(typeof(HostingOptions), ConfigurationKeys.DiscoveredSections["Hosting"]);
    }
}
