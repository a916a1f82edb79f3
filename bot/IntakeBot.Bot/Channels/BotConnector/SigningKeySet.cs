using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace IntakeBot.Bot.Channels.BotConnector;

/// <summary>The channel's RSA signing keys by key id, with the channel ids each key endorses.</summary>
internal sealed class SigningKeySet
{
    private readonly Dictionary<string, JsonWebKey> _keys;
    private readonly Dictionary<string, HashSet<string>> _endorsements;

    private SigningKeySet(Dictionary<string, JsonWebKey> keys, Dictionary<string, HashSet<string>> endorsements)
    {
        _keys = keys;
        _endorsements = endorsements;
    }

    public int Count => _keys.Count;

    /// <summary>Reads a JWKS document. Keys other than RSA are ignored, so a symmetric key can never verify a token.</summary>
    /// <exception cref="JsonException">The document is not a JWKS.</exception>
    public static SigningKeySet Parse(string json)
    {
        var keys = new Dictionary<string, JsonWebKey>(StringComparer.Ordinal);
        var endorsements = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("keys", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("The JWKS has no keys array.");
        }

        foreach (var element in array.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var key = new JsonWebKey(element.GetRawText());
            if (string.IsNullOrEmpty(key.Kid) || !string.Equals(key.Kty, JsonWebAlgorithmsKeyTypes.RSA, StringComparison.Ordinal))
            {
                continue;
            }

            keys[key.Kid] = key;
            endorsements[key.Kid] = ReadEndorsements(element);
        }

        return new SigningKeySet(keys, endorsements);
    }

    public bool TryGetKey(string kid, out JsonWebKey key) => _keys.TryGetValue(kid, out key!);

    public bool Contains(string kid) => _keys.ContainsKey(kid);

    /// <summary>True when the key <paramref name="kid"/> endorses <paramref name="channelId"/> (compared case-insensitively).</summary>
    public bool Endorses(string kid, string? channelId) =>
        !string.IsNullOrWhiteSpace(channelId) && _endorsements.TryGetValue(kid, out var set) && set.Contains(channelId);

    private static HashSet<string> ReadEndorsements(JsonElement key)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } channel)
                {
                    set.Add(channel);
                }
            }
        }

        return set;
    }
}
