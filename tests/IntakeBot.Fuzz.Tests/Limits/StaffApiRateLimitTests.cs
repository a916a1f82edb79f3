using System.Net;
using System.Text.Json;
using IntakeBot.Fuzz.Tests.Support;
using IntakeBot.Storage.ApiKeys;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Fuzz.Tests.Limits;

/// <summary>
/// The staff API's limit (Limits:StaffApiPerIp) counts per client IP before authentication: a client with a valid key
/// that calls too fast gets 429 with Retry-After and a problem+json that says so, and a flood of wrong keys (guessing
/// keys) is cut off the same way, so a guesser gets at most the limit's number of tries per window per address.
/// </summary>
public sealed class StaffApiRateLimitTests
{
    private const string Hammer = "203.0.113.66";
    private const string Neighbour = "198.51.100.7";
    private const string Path = "/api/staff/register?pageSize=1";

    [Fact]
    public async Task AnAuthenticatedClient_OverTheLimit_Gets429_WithRetryAfter_AndAProblemThatSaysSo_WhileOthersGoOn()
    {
        using var host = LimitedHost(permits: 3);
        using var http = host.CreateClient();
        var key = await NewKeyAsync(host);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await GetAsync(http, key, Hammer);
            statuses.Add(allowed.StatusCode);
        }

        using var refused = await GetAsync(http, key, Hammer);
        using var neighbour = await GetAsync(http, key, Neighbour);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], statuses);
        await AssertTooManyAsync(refused);
        Assert.Equal(HttpStatusCode.OK, neighbour.StatusCode);
    }

    [Fact]
    public async Task AFloodOfWrongKeys_Gets401_ThenIsLimitedPerIp_EvenWhenItFinallyTriesTheRightKey()
    {
        using var host = LimitedHost(permits: 3);
        using var http = host.CreateClient();
        var key = await NewKeyAsync(host);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var guess = await GetAsync(http, "isk_" + Guid.NewGuid().ToString("N"), Hammer);
            statuses.Add(guess.StatusCode);
        }

        using var moreGuessing = await GetAsync(http, "isk_" + Guid.NewGuid().ToString("N"), Hammer);
        using var noKey = await GetAsync(http, key: null, Hammer);
        using var rightKey = await GetAsync(http, key, Hammer);
        using var neighbour = await GetAsync(http, key, Neighbour);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], statuses);
        await AssertTooManyAsync(moreGuessing);
        await AssertTooManyAsync(noKey);
        // The limit is the address's, whatever it presents: a guesser cannot reset it by using a real key.
        await AssertTooManyAsync(rightKey);
        Assert.Equal(HttpStatusCode.OK, neighbour.StatusCode);
    }

    private static FuzzHost LimitedHost(int permits) =>
        new(settings: [("Limits:StaffApiPerIp:PermitLimit", permits.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Limits:StaffApiPerIp:Window", "01:00:00")]);

    private static async Task<string> NewKeyAsync(FuzzHost host) =>
        (await host.Services.GetRequiredService<IApiKeyStore>().CreateAsync("kracht-den-haag", "rate-limit")).Secret;

    private static Task<HttpResponseMessage> GetAsync(HttpClient http, string? key, string peer)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Path);
        request.Headers.Add(PeerAddressStartupFilter.Header, peer);
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "ApiKey " + key);
        }

        return http.SendAsync(request);
    }

    private static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var seconds = int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, 3600);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Too many requests", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains($"try again in {seconds} seconds", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
