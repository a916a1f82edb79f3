using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace IntakeBot.Bot.Tests.BotConnector;

/// <summary>An RSA key made in the test, published by the fake key server with its endorsements.</summary>
internal sealed class TestSigningKey(string kid, params string[] endorsements) : IDisposable
{
    public string Kid { get; } = kid;

    public IReadOnlyList<string> Endorsements { get; } = endorsements;

    public RSA Rsa { get; } = RSA.Create(2048);

    public object ToJwk()
    {
        var parameters = Rsa.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = Endorsements,
        };
    }

    public void Dispose() => Rsa.Dispose();
}
