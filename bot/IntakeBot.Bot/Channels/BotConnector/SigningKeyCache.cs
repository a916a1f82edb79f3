using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace IntakeBot.Bot.Channels.BotConnector;

/// <summary>Fetches the OpenID metadata and its JWKS, keeps them, and fetches again for an unknown key id.</summary>
/// <remarks>
/// Written here rather than with IdentityModel's ConfigurationManager because that one reads the system clock and,
/// in 8.x, refreshes in the background: a token signed with a just-rotated key could still fail on the request that
/// asked for the refresh. This cache refreshes inline, at most once per
/// <see cref="BotConnectorOptions.MinimumKeyRefreshInterval"/> for unknown key ids, and keeps the last good keys
/// when a fetch fails.
/// </remarks>
internal sealed class SigningKeyCache(HttpClient http, BotConnectorOptions options, TimeProvider time, ILogger<SigningKeyCache> logger) : IDisposable
{
    /// <summary>How soon a failed first fetch is tried again.</summary>
    public static readonly TimeSpan RetryWithoutKeys = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private SigningKeySet? _keys;
    private DateTimeOffset _fetchedAt;
    private DateTimeOffset _attemptedAt = DateTimeOffset.MinValue;

    /// <summary>The current keys; fetched first when they are stale or lack <paramref name="kid"/>.</summary>
    /// <returns>The keys, or null when none could ever be fetched.</returns>
    public async Task<SigningKeySet?> GetAsync(string kid, CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _keys);
        if (current is not null && current.Contains(kid) && !IsStale())
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            current = _keys;
            if (current is not null && current.Contains(kid) && !IsStale())
            {
                return current;
            }

            // Unknown key ids, stale keys and failed fetches all wait for the interval, so neither forged key ids
            // nor a key server that is down make every request fetch again.
            var now = time.GetUtcNow();
            var interval = current is null ? RetryWithoutKeys : options.MinimumKeyRefreshInterval;
            if (now - _attemptedAt < interval)
            {
                return current;
            }

            _attemptedAt = now;
            try
            {
                var fetched = await FetchAsync(cancellationToken).ConfigureAwait(false);
                _fetchedAt = now;
                Volatile.Write(ref _keys, fetched);
                return fetched;
            }
            catch (Exception exception) when (exception is HttpRequestException or JsonException or ArgumentException or InvalidOperationException
                                                  or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Could not fetch the Bot Framework signing keys from {Url}; keeping the {Count} keys held.", options.OpenIdMetadataUrl, current?.Count ?? 0);
                return current;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private bool IsStale() => time.GetUtcNow() - _fetchedAt >= options.SigningKeyLifetime;

    private async Task<SigningKeySet> FetchAsync(CancellationToken cancellationToken)
    {
        var metadataUrl = Trusted(options.OpenIdMetadataUrl);
        var metadata = OpenIdConnectConfiguration.Create(await http.GetStringAsync(metadataUrl, cancellationToken).ConfigureAwait(false));
        var jwksUrl = Trusted(metadata.JwksUri ?? throw new InvalidOperationException("The OpenID metadata has no jwks_uri."));
        var keys = SigningKeySet.Parse(await http.GetStringAsync(jwksUrl, cancellationToken).ConfigureAwait(false));
        logger.LogInformation("Fetched {Count} Bot Framework signing keys.", keys.Count);
        return keys;
    }

    // Keys decide whom the bot trusts, so they come over https; http only from loopback (tests, local fakes).
    private static Uri Trusted(string url)
    {
        var uri = new Uri(url, UriKind.Absolute);
        return uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)
            ? uri
            : throw new InvalidOperationException($"Signing keys must come over https: {uri.GetLeftPart(UriPartial.Authority)}.");
    }
}
