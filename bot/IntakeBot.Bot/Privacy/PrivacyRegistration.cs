using System.Security.Cryptography.X509Certificates;
using IntakeBot.Bot.Hosting;
using IntakeBot.Casework.Privacy;
using IntakeBot.Casework.Reports;
using IntakeBot.Content;
using IntakeBot.Intake.Cases;
using IntakeBot.Storage.Postgres;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace IntakeBot.Bot.Privacy;

/// <summary>
/// Privacy (issue 7 item 6) and reports (item 7): encryption at rest with Data Protection keys outside the database,
/// the daily retention job, access and erasure, annual reports, and the staff pages for them.
/// </summary>
public static class PrivacyRegistration
{
    /// <summary>The application name every instance shares, so instances with the same key folder read each other's data.</summary>
    public const string ApplicationName = "IntakeBot";

    /// <summary>
    /// Registers Data Protection (keys in <see cref="DataProtectionKeyOptions.KeysPath"/>, or in the PostgreSQL database, see
    /// <see cref="DataProtectionKeyOptions.Store"/>), the
    /// <see cref="IPersonalDataProtector"/> over it (replacing any plaintext one), retention, access/erasure and reports.
    /// Call after <c>AddIntakeBot</c>. The staff privacy, audit and report pages are registered and mapped with the
    /// staff area (<c>StaffArea</c>); they carry their own policies as attributes.
    /// </summary>
    public static WebApplicationBuilder AddPrivacy(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var keys = builder.Configuration.GetSection(DataProtectionKeyOptions.SectionName).Get<DataProtectionKeyOptions>() ?? new DataProtectionKeyOptions();
        var storage = builder.Configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        if (DataProtectionKeyStore.InDatabase(keys, storage))
        {
            builder.Services.AddPersonalDataProtectionInDatabase(storage.PostgresConnectionString!, keys);
        }
        else
        {
            var keysPath = Path.GetFullPath(keys.KeysPath ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(storage.SqlitePath))!, "keys"));
            builder.Services.AddPersonalDataProtection(keysPath, keys);
        }

        builder.Services.AddOptions<PrivacyOptions>()
            .BindConfiguration(PrivacyOptions.SectionName)
            .Validate(options => Valid(options), "Privacy options are out of range (see PrivacyOptions).")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(services => new RetentionPolicy(services.GetRequiredService<ContentCatalog>(), services.GetRequiredService<IOptions<PrivacyOptions>>().Value));
        // Factories, not types: the casework stores are registered by the storage setup, and a host without them
        // (tests of other areas) must still start, which the Development-time validation of typed services forbids.
        builder.Services.TryAddSingleton(services => ActivatorUtilities.CreateInstance<RetentionRun>(services));
        builder.Services.TryAddSingleton(services => ActivatorUtilities.CreateInstance<PersonalFileService>(services));
        builder.Services.TryAddSingleton(services => ActivatorUtilities.CreateInstance<AnnualReportBuilder>(services));
        builder.Services.AddSingleton<RetentionWorker>();
        builder.Services.AddHostedService(services => services.GetRequiredService<RetentionWorker>());
        return builder;
    }

    /// <summary>
    /// Data Protection with keys in <paramref name="keysPath"/> (created owner-only), optionally encrypted with a
    /// certificate, and the <see cref="IPersonalDataProtector"/> over it in place of any other.
    /// </summary>
    internal static IServiceCollection AddPersonalDataProtection(this IServiceCollection services, string keysPath, DataProtectionKeyOptions keys) =>
        services.UseProtectedKeys(services.AddDataProtection().PersistKeysToFileSystem(KeyDirectory.Ensure(keysPath)), keys);

    /// <summary>
    /// As <see cref="AddPersonalDataProtection(IServiceCollection, string, DataProtectionKeyOptions)"/> with the key ring in
    /// the PostgreSQL database of <see cref="PostgresDatabase"/> (registered by the storage), shared by every instance.
    /// </summary>
    internal static IServiceCollection AddPersonalDataProtectionInDatabase(this IServiceCollection services, string connectionString, DataProtectionKeyOptions keys)
    {
        var dataProtection = services.AddDataProtection();
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(
            options => options.XmlRepository = new DatabaseXmlRepository(
                new PostgresDataProtectionKeys(provider.GetRequiredService<PostgresDatabase>()), connectionString, provider.GetRequiredService<TimeProvider>())));
        return services.UseProtectedKeys(dataProtection, keys);
    }

    private static IServiceCollection UseProtectedKeys(this IServiceCollection services, IDataProtectionBuilder dataProtection, DataProtectionKeyOptions keys)
    {
        dataProtection.SetApplicationName(ApplicationName);
        if (!string.IsNullOrWhiteSpace(keys.CertificatePath))
        {
            // The private key must be at hand to read the key files again: UnprotectKeysWithAnyCertificate says so
            // explicitly instead of relying on the machine's certificate store, which Linux hosts rarely have.
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(keys.CertificatePath, keys.CertificatePassword);
            dataProtection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        }

        // Other registrations add PlaintextProtector with TryAdd; this one must win whatever the order.
        services.RemoveAll<IPersonalDataProtector>();
        services.AddSingleton<IPersonalDataProtector, DataProtectionPersonalDataProtector>();
        return services;
    }

    private static bool Valid(PrivacyOptions options)
    {
        try
        {
            options.Validate();
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }
}
