using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace IntakeBot.Bot.Tests.BotConnector;

/// <summary>Builds JWTs by hand so that tests can make every kind of bad token, not only the ones a library would sign.</summary>
internal static class TestTokens
{
    public const string AppId = "5b0e6a8c-1d2f-4a3b-9c8d-7e6f5a4b3c2d";
    public const string Issuer = "https://api.botframework.com";

    /// <summary>The claims of a good channel token for <paramref name="serviceUrl"/> at <paramref name="now"/>.</summary>
    public static Dictionary<string, object?> Claims(DateTimeOffset now, string serviceUrl) => new()
    {
        ["iss"] = Issuer,
        ["aud"] = AppId,
        ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
        ["iat"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
        ["exp"] = now.AddMinutes(59).ToUnixTimeSeconds(),
        ["serviceurl"] = serviceUrl,
    };

    /// <summary>Signs <paramref name="claims"/> with <paramref name="key"/>; <paramref name="kid"/> defaults to the key's own.</summary>
    public static string Rs256(TestSigningKey key, IDictionary<string, object?> claims, string? kid = null, string alg = "RS256")
    {
        var header = new Dictionary<string, object?> { ["alg"] = alg, ["typ"] = "JWT", ["kid"] = kid ?? key.Kid };
        var signingInput = Segment(header) + "." + Segment(claims);
        var hash = alg switch
        {
            "RS384" => HashAlgorithmName.SHA384,
            _ => HashAlgorithmName.SHA256,
        };
        var signature = key.Rsa.SignData(Encoding.ASCII.GetBytes(signingInput), hash, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64UrlEncoder.Encode(signature);
    }

    /// <summary>An unsigned token (<c>alg: none</c>).</summary>
    public static string Unsigned(IDictionary<string, object?> claims, string kid) =>
        Segment(new Dictionary<string, object?> { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = kid }) + "." + Segment(claims) + ".";

    /// <summary>HS256 with the RSA public key as the HMAC secret: the classic key-confusion attack.</summary>
    public static string Hs256WithPublicKey(TestSigningKey key, IDictionary<string, object?> claims)
    {
        var signingInput = Segment(new Dictionary<string, object?> { ["alg"] = "HS256", ["typ"] = "JWT", ["kid"] = key.Kid }) + "." + Segment(claims);
        var secret = Encoding.ASCII.GetBytes(key.Rsa.ExportSubjectPublicKeyInfoPem());
        var signature = HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64UrlEncoder.Encode(signature);
    }

    /// <summary>Replaces the payload of a signed token, keeping its header and signature.</summary>
    public static string WithPayload(string token, IDictionary<string, object?> claims)
    {
        var parts = token.Split('.');
        return parts[0] + "." + Segment(claims) + "." + parts[2];
    }

    private static string Segment(object value) => Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(value));
}
