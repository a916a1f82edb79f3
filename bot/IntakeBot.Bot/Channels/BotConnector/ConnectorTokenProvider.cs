using System.Text.Json;

namespace IntakeBot.Bot.Channels.BotConnector;

/// <summary>Obtains the bot's outbound token by client credentials and keeps it until shortly before it expires.</summary>
internal sealed class ConnectorTokenProvider(HttpClient http, BotConnectorOptions options, TransientRetry retry, TimeProvider time) : IDisposable
{
    /// <summary>A token is renewed this long before it expires (or at half its life when that is shorter).</summary>
    public static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private CachedToken? _cached;

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _cached) is { } fresh && time.GetUtcNow() < fresh.RenewAt)
        {
            return fresh.Value;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_cached is { } cached && time.GetUtcNow() < cached.RenewAt)
            {
                return cached.Value;
            }

            var token = await RequestAsync(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _cached, token);
            return token.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets <paramref name="token"/> after the connector refused it, so the next call fetches a new one.</summary>
    public void Invalidate(string token)
    {
        var cached = Volatile.Read(ref _cached);
        if (cached is not null && cached.Value == token)
        {
            Interlocked.CompareExchange(ref _cached, null, cached);
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<CachedToken> RequestAsync(CancellationToken cancellationToken)
    {
        var endpoint = options.ResolveTokenEndpoint();
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = options.MicrosoftAppId ?? string.Empty,
            ["client_secret"] = options.MicrosoftAppPassword ?? string.Empty,
            ["scope"] = options.TokenScope,
        };
        var requestedAt = time.GetUtcNow();
        using var response = await retry.SendAsync(
            ct => http.PostAsync(endpoint, new FormUrlEncodedContent(form), ct), cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new ConnectorDeliveryException($"The token endpoint answered {(int)response.StatusCode}.", (int)response.StatusCode);
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return Parse(body, requestedAt);
    }

    private static CachedToken Parse(byte[] body, DateTimeOffset requestedAt)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var value = root.GetProperty("access_token").GetString();
            if (string.IsNullOrEmpty(value))
            {
                throw new ConnectorDeliveryException("The token endpoint returned no access_token.", null);
            }

            var lifetime = TimeSpan.FromSeconds(ReadSeconds(root));
            var margin = lifetime / 2 < RenewBefore ? lifetime / 2 : RenewBefore;
            return new CachedToken(value, requestedAt + lifetime - margin);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ConnectorDeliveryException("The token endpoint returned an unreadable answer.", null, exception);
        }
    }

    // Azure AD v1 endpoints send expires_in as a string, v2 as a number.
    private static double ReadSeconds(JsonElement root) =>
        root.TryGetProperty("expires_in", out var expires)
            ? expires.ValueKind == JsonValueKind.String ? double.Parse(expires.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : expires.GetDouble()
            : 3600;

    private sealed record CachedToken(string Value, DateTimeOffset RenewAt);
}
