using System.Net;
using IntakeBot.Bot.Tests.BotConnector;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Security.Tests.BotConnector;

/// <summary>
/// Catalogue item 1, the Bot Connector bad-token list: every kind of bad token on <c>/api/messages</c> is refused (401
/// for a bad token, 403 for a good token that does not cover the activity) and nothing reaches the connector; good
/// tokens pass. Threats: expired or not yet valid, wrong issuer or audience, foreign or unknown signing key,
/// <c>alg: none</c>, HS256 with the public key (key confusion), missing or mismatched <c>serviceurl</c>, unendorsed
/// channel, malformed header, token in the query string, Emulator tokens outside Development.
/// The fake Azure (OpenID metadata, JWKS, connector) is the Bot tests' <see cref="AuthenticatedHostFixture"/>.
/// </summary>
public sealed class BotConnectorTokenTests(AuthenticatedHostFixture fixture) : IClassFixture<AuthenticatedHostFixture>
{
    [Theory]
    [InlineData("missing Authorization header", 401)]
    [InlineData("Basic scheme instead of Bearer", 401)]
    [InlineData("malformed token", 401)]
    [InlineData("expired beyond the 5-minute skew", 401)]
    [InlineData("not yet valid beyond the 5-minute skew", 401)]
    [InlineData("no expiry", 401)]
    [InlineData("wrong issuer", 401)]
    [InlineData("wrong audience", 401)]
    [InlineData("token for another app id", 401)]
    [InlineData("unknown kid", 401)]
    [InlineData("known kid, signed with another key", 401)]
    [InlineData("no kid", 401)]
    [InlineData("alg none", 401)]
    [InlineData("HS256 signed with the public key", 401)]
    [InlineData("RS384 instead of RS256", 401)]
    [InlineData("tampered payload", 401)]
    [InlineData("missing serviceurl claim", 403)]
    [InlineData("serviceurl claim for another host", 403)]
    [InlineData("channel not endorsed by the signing key", 403)]
    [InlineData("Emulator token (v1 issuer) while an app id is configured", 401)]
    [InlineData("Emulator token (v2 issuer) while an app id is configured", 401)]
    [InlineData("Bearer scheme with an empty token", 401)]
    [InlineData("two tokens in one header", 401)]
    public async Task BadTokens_AreRefused(string badToken, int expectedStatus)
    {
        var activity = ConnectorRequests.Message(fixture.Server.ServiceUrl);
        var (token, scheme) = Make(badToken, activity);
        using var request = ConnectorRequests.Post(activity, token);
        if (scheme is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(scheme, token);
        }

        var repliesBefore = fixture.Server.ConnectorRequests.Count;
        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal(expectedStatus, (int)response.StatusCode);
        Assert.Equal(repliesBefore, fixture.Server.ConnectorRequests.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-4)] // expired 4 minutes ago: within the clock skew
    public async Task GoodTokens_AreAccepted(int expiresInMinutesFromNow)
    {
        var now = fixture.Host.Clock.GetUtcNow();
        var activity = ConnectorRequests.Message(fixture.Server.ServiceUrl);
        var claims = TestTokens.Claims(now, fixture.Server.ServiceUrl);
        claims["exp"] = now.AddMinutes(expiresInMinutesFromNow == 0 ? 30 : expiresInMinutesFromNow).ToUnixTimeSeconds();
        claims["nbf"] = now.AddMinutes(-60).ToUnixTimeSeconds();

        using var response = await fixture.Client.SendAsync(ConnectorRequests.Post(activity, TestTokens.Rs256(fixture.TeamsKey, claims)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ServiceUrlClaim_IsComparedCaseInsensitively()
    {
        var activity = ConnectorRequests.Message(fixture.Server.ServiceUrl);
        var claims = TestTokens.Claims(fixture.Host.Clock.GetUtcNow(), fixture.Server.ServiceUrl.ToUpperInvariant().Replace("HTTP://", "http://", StringComparison.Ordinal));

        using var response = await fixture.Client.SendAsync(ConnectorRequests.Post(activity, TestTokens.Rs256(fixture.TeamsKey, claims)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("access_token")]
    [InlineData("token")]
    [InlineData("t")]
    public async Task TokenInTheQueryString_IsNotAccepted(string parameter)
    {
        var activity = ConnectorRequests.Message(fixture.Server.ServiceUrl);
        var token = TestTokens.Rs256(fixture.TeamsKey, TestTokens.Claims(fixture.Host.Clock.GetUtcNow(), activity.ServiceUrl!));
        using var request = ConnectorRequests.Post(activity, token: null);
        request.RequestUri = new Uri($"/api/messages?{parameter}={token}", UriKind.Relative);

        var repliesBefore = fixture.Server.ConnectorRequests.Count;
        using var response = await fixture.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(repliesBefore, fixture.Server.ConnectorRequests.Count);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task EmulatorToken_OutsideDevelopment_IsRefused_EvenFromLoopback(string environment)
    {
        // No app id: the Emulator's mode. Its tokens come from its own issuer and key, which only Development trusts.
        await using var host = new ConnectorHost(new Dictionary<string, string?>(), environment);
        host.UseKestrel(0);
        host.StartServer();
        using var client = host.CreateClient();
        using var stranger = new TestSigningKey("emulator-key", "emulator");
        var claims = TestTokens.Claims(host.Clock.GetUtcNow(), fixture.Server.ServiceUrl);
        claims["iss"] = EmulatorIssuerV2;
        var activity = ConnectorRequests.Message(fixture.Server.ServiceUrl, channelId: "emulator");

        var repliesBefore = fixture.Server.ConnectorRequests.Count;
        using var withToken = await client.SendAsync(ConnectorRequests.Post(activity, TestTokens.Rs256(stranger, claims)));
        using var unsigned = await client.SendAsync(ConnectorRequests.Post(activity, TestTokens.Unsigned(claims, stranger.Kid)));

        Assert.Equal(HttpStatusCode.Unauthorized, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(repliesBefore, fixture.Server.ConnectorRequests.Count);
    }

    private const string EmulatorIssuerV1 = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    private const string EmulatorIssuerV2 = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0";

    private (string? Token, string? Scheme) Make(string badToken, Activity activity)
    {
        var now = fixture.Host.Clock.GetUtcNow();
        var claims = TestTokens.Claims(now, activity.ServiceUrl!);
        var key = fixture.TeamsKey;
        switch (badToken)
        {
            case "missing Authorization header":
                return (null, null);
            case "Basic scheme instead of Bearer":
                return (TestTokens.Rs256(key, claims), "Basic");
            case "malformed token":
                return ("not.a.jwt-at-all", null);
            case "expired beyond the 5-minute skew":
                claims["nbf"] = now.AddHours(-2).ToUnixTimeSeconds();
                claims["exp"] = now.AddMinutes(-6).ToUnixTimeSeconds();
                break;
            case "not yet valid beyond the 5-minute skew":
                claims["nbf"] = now.AddMinutes(6).ToUnixTimeSeconds();
                break;
            case "no expiry":
                claims.Remove("exp");
                break;
            case "wrong issuer":
                claims["iss"] = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
                break;
            case "wrong audience":
                claims["aud"] = "https://api.botframework.com";
                break;
            case "token for another app id":
                claims["aud"] = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
                break;
            case "unknown kid":
                return (TestTokens.Rs256(fixture.StrangerKey, claims), null);
            case "known kid, signed with another key":
                return (TestTokens.Rs256(fixture.StrangerKey, claims, kid: key.Kid), null);
            case "no kid":
                return (TestTokens.Rs256(key, claims, kid: string.Empty), null);
            case "alg none":
                return (TestTokens.Unsigned(claims, key.Kid), null);
            case "HS256 signed with the public key":
                return (TestTokens.Hs256WithPublicKey(key, claims), null);
            case "RS384 instead of RS256":
                return (TestTokens.Rs256(key, claims, alg: "RS384"), null);
            case "tampered payload":
                var tampered = new Dictionary<string, object?>(claims) { ["exp"] = now.AddYears(1).ToUnixTimeSeconds() };
                return (TestTokens.WithPayload(TestTokens.Rs256(key, claims), tampered), null);
            case "missing serviceurl claim":
                claims.Remove("serviceurl");
                break;
            case "serviceurl claim for another host":
                claims["serviceurl"] = "https://smba.trafficmanager.net/emea/";
                break;
            case "channel not endorsed by the signing key":
                return (TestTokens.Rs256(fixture.SkypeOnlyKey, claims), null);
            case "Emulator token (v1 issuer) while an app id is configured":
                claims["iss"] = EmulatorIssuerV1;
                claims["appid"] = TestTokens.AppId;
                break;
            case "Emulator token (v2 issuer) while an app id is configured":
                claims["iss"] = EmulatorIssuerV2;
                claims["azp"] = TestTokens.AppId;
                break;
            case "Bearer scheme with an empty token":
                return (" ", "Bearer");
            case "two tokens in one header":
                return (TestTokens.Rs256(key, claims) + " " + TestTokens.Rs256(key, claims), "Bearer");
            default:
                throw new ArgumentOutOfRangeException(nameof(badToken), badToken, "No such case.");
        }

        return (TestTokens.Rs256(key, claims), null);
    }
}
