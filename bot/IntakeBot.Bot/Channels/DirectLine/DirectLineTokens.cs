using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace IntakeBot.Bot.Channels.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: compact JWTs signed with HMAC-SHA256 over a key derived from the secret.
/// A JWT because DirectLineJS reads the <c>user</c> claim to know the user id.
/// </summary>
/// <remarks>
/// A token whose signature checked out is remembered with its claims (at most <see cref="MaxRemembered"/>), so the
/// next request with exactly that token skips the signature and the JSON; its expiry is still checked every time.
/// The secrets are fixed for the life of the process, so a remembered signature stays good.
/// </remarks>
internal sealed class DirectLineTokens(DirectLineSecrets secrets, TimeProvider time, DirectLineOptions options)
{
    /// <summary>How many checked tokens are remembered; more and the memory is emptied (200 live conversations use 200).</summary>
    public const int MaxRemembered = 1024;

    private const int MaxTokenLength = 4096;
    private const string Issuer = "intakebot-directline";
    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);
    private static readonly DirectLineTokenRead Invalid = new(DirectLineTokenStatus.Invalid, null);

    // Keyed by the whole token (signature included), so a changed token is never taken for a remembered one.
    private readonly ConcurrentDictionary<string, DirectLineTokenClaims> _checked = new(StringComparer.Ordinal);

    /// <summary>How many checked tokens are remembered now.</summary>
    public int Remembered => _checked.Count;

    /// <summary>How long tokens live, in whole seconds (the <c>expires_in</c> value).</summary>
    public int LifetimeSeconds => (int)Math.Clamp(options.TokenLifetime.TotalSeconds, 1, int.MaxValue);

    /// <summary>A new token for the conversation and user.</summary>
    public (string Token, DirectLineTokenClaims Claims) Issue(string conversationId, string userId, string? userName)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var expires = now + LifetimeSeconds;
        var payload = new Dictionary<string, object?>
        {
            ["iss"] = Issuer,
            ["conv"] = conversationId,
            ["user"] = userId,
            ["name"] = userName,
            ["iat"] = now,
            ["exp"] = expires,
            ["jti"] = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12)),
        };
        var body = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload.Where(pair => pair.Value is not null).ToDictionary()));
        var unsigned = $"{Header}.{body}";
        var token = $"{unsigned}.{Base64Url.EncodeToString(Sign(secrets.SigningKey, unsigned))}";
        return (token, new DirectLineTokenClaims(conversationId, userId, userName, DateTimeOffset.FromUnixTimeSeconds(expires)));
    }

    /// <summary>Checks the signature and the expiry. Never throws on malformed input.</summary>
    public DirectLineTokenRead Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return Invalid;
        }

        if (_checked.TryGetValue(token, out var known))
        {
            return WithExpiry(known);
        }

        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Header || !Base64Url.IsValid(parts[2]) || !Base64Url.IsValid(parts[1]))
        {
            return Invalid;
        }

        var signature = Base64Url.DecodeFromChars(parts[2]);
        var unsigned = token[..(parts[0].Length + 1 + parts[1].Length)];
        if (!secrets.VerificationKeys.Any(key => CryptographicOperations.FixedTimeEquals(Sign(key, unsigned), signature)))
        {
            return Invalid;
        }

        var claims = ReadClaims(Base64Url.DecodeFromChars(parts[1]));
        if (claims is null)
        {
            return Invalid;
        }

        if (_checked.Count >= MaxRemembered)
        {
            _checked.Clear();
        }

        _checked[token] = claims;
        return WithExpiry(claims);
    }

    private DirectLineTokenRead WithExpiry(DirectLineTokenClaims claims) =>
        new(time.GetUtcNow() >= claims.ExpiresAt ? DirectLineTokenStatus.Expired : DirectLineTokenStatus.Valid, claims);

    private static byte[] Sign(ReadOnlySpan<byte> key, string unsigned) => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(unsigned));

    private static DirectLineTokenClaims? ReadClaims(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("conv", out var conversation) || conversation.GetString() is not { Length: > 0 } conversationId
                || !root.TryGetProperty("user", out var user) || user.GetString() is not { Length: > 0 } userId
                || !root.TryGetProperty("exp", out var exp) || !exp.TryGetInt64(out var expires))
            {
                return null;
            }

            var name = root.TryGetProperty("name", out var nameValue) ? nameValue.GetString() : null;
            return new DirectLineTokenClaims(conversationId, userId, name, DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(expires, 0, 253402300799)));
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
