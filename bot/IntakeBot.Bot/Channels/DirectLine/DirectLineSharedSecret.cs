using IntakeBot.Bot.Hosting;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>
/// Several instances on one PostgreSQL database must accept each other's tokens, so they need one secret. A secret
/// generated at first start lives in a file of each instance's own, and differs per instance: tokens would then work on
/// one instance and fail on the others, now and then, depending on the load balancer. Start-up refuses that set-up.
/// </summary>
internal static class DirectLineSharedSecret
{
    /// <summary>
    /// Throws when <paramref name="storage"/> is PostgreSQL and <paramref name="options"/> configure no secret and no
    /// explicit <see cref="DirectLineOptions.GeneratedSecretPath"/> (a file every instance shares, or a deliberate single instance).
    /// </summary>
    /// <exception cref="InvalidOperationException">The instances could end up with different secrets.</exception>
    public static void Require(DirectLineOptions options, StorageOptions storage)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(storage);
        var postgres = string.Equals(storage.Provider?.Trim(), StorageOptions.PostgresProvider, StringComparison.OrdinalIgnoreCase);
        var configured = !string.IsNullOrWhiteSpace(options.Secret) || options.Secrets.Any(secret => !string.IsNullOrWhiteSpace(secret));
        if (postgres && !configured && string.IsNullOrWhiteSpace(options.GeneratedSecretPath))
        {
            throw new InvalidOperationException(
                $"{StorageOptions.SectionName}:Provider is '{StorageOptions.PostgresProvider}' but no Direct Line secret is configured. " +
                $"Instances on one database must share one secret, and a generated one would differ per instance. Set {DirectLineOptions.SectionName}:Secret " +
                $"(environment variable {DirectLineOptions.SectionName}__Secret, or a Key Vault reference) to the same value on every instance, " +
                "e.g. the output of 'openssl rand -hex 32'. A single instance may instead set " +
                $"{DirectLineOptions.SectionName}:GeneratedSecretPath to keep a generated secret in that file.");
        }
    }
}
