using System.Net;
using IntakeBot.Fuzz.Tests.Support;

namespace IntakeBot.Fuzz.Tests.Limits;

/// <summary>
/// Per-IP limits count the client address the forwarded-headers middleware settled on: behind a trusted proxy each
/// user has their own bucket, and nobody else escapes the limit by sending a new X-Forwarded-For each time.
/// </summary>
public sealed class ForwardedAddressTests
{
    private const string Path = "/v3/directline/conversations/x/activities";

    [Fact]
    public void BehindALoopbackProxy_EachForwardedClientHasItsOwnBucket()
    {
        using var host = Host();
        using var http = host.CreateClient();

        var first = Enumerable.Range(0, 3).Select(_ => Send(http, peer: "127.0.0.1", forwardedFor: "203.0.113.1")).ToList();
        var second = Send(http, peer: "127.0.0.1", forwardedFor: "203.0.113.2");

        Assert.Equal(HttpStatusCode.TooManyRequests, first[^1]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, second);
    }

    [Fact]
    public void FromAnUntrustedPeer_ARotatingXForwardedFor_DoesNotEscapeTheLimit()
    {
        using var host = Host();
        using var http = host.CreateClient();

        var statuses = Enumerable.Range(0, 4).Select(i => Send(http, peer: "198.51.100.9", forwardedFor: $"203.0.113.{i + 10}")).ToList();

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
    }

    [Fact]
    public void WithConfiguredProxies_OnlyTheyAreBelieved()
    {
        using var host = Host(("Hosting:KnownProxies:0", "10.0.0.5"));
        using var http = host.CreateClient();

        var viaProxy = Enumerable.Range(0, 3).Select(i => Send(http, peer: "10.0.0.5", forwardedFor: $"203.0.113.{i + 20}")).ToList();
        // Loopback is no longer a proxy once proxies are configured: its X-Forwarded-For is ignored.
        var viaLoopback = Enumerable.Range(0, 3).Select(i => Send(http, peer: "127.0.0.1", forwardedFor: $"203.0.113.{i + 30}")).ToList();

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, viaProxy);
        Assert.Equal(HttpStatusCode.TooManyRequests, viaLoopback[2]);
    }

    [Fact]
    public void IPv6Clients_CountPerSlash64()
    {
        using var host = Host();
        using var http = host.CreateClient();

        var statuses = Enumerable.Range(0, 3).Select(i => Send(http, peer: $"2001:db8:1:2::{i + 1}", forwardedFor: null)).ToList();
        var otherBlock = Send(http, peer: "2001:db8:1:3::1", forwardedFor: null);

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, otherBlock);
    }

    private static FuzzHost Host(params (string Key, string Value)[] settings) =>
        new(settings: [("Limits:DirectLinePerIp:PermitLimit", "2"), ("Limits:DirectLinePerIp:Window", "01:00:00"), .. settings]);

    private static HttpStatusCode Send(HttpClient http, string peer, string? forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Path);
        request.Headers.Add(PeerAddressStartupFilter.Header, peer);
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer bad");
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        using var response = http.SendAsync(request).GetAwaiter().GetResult();
        return response.StatusCode;
    }
}
