using System.Net;
using System.Text;
using IntakeBot.Fuzz.Tests.Support;

namespace IntakeBot.Fuzz.Tests.Limits;

/// <summary>
/// A script hammering gets 429 with Retry-After and the documented body, per client IP and per Direct Line token,
/// on the Direct Line API, /api/messages, the staff sign-in form and the staff API; other clients go on.
/// </summary>
public sealed class RateLimitTests
{
    private const string Hammer = "203.0.113.66";
    private const string Neighbour = "198.51.100.7";

    [Fact]
    public void DirectLine_PerIp_Is429_WithRetryAfter_AndTheErrorShape_WhileOtherAddressesGoOn()
    {
        using var host = new FuzzHost(settings: [("Limits:DirectLinePerIp:PermitLimit", "5"), ("Limits:DirectLinePerIp:Window", "01:00:00")]);
        var calls = new DirectLineCalls(host.CreateClient());

        var statuses = Enumerable.Range(0, 7).Select(_ => Status(calls.Send(HttpMethod.Get, "/v3/directline/conversations/x/activities", "bad", peer: Hammer))).ToList();
        using var refused = calls.Send(HttpMethod.Get, "/v3/directline/conversations/x/activities", "bad", peer: Hammer);
        using var neighbour = calls.Send(HttpMethod.Get, "/v3/directline/conversations/x/activities", "bad", peer: Neighbour);

        Assert.Equal(5, statuses.Count(status => status != HttpStatusCode.TooManyRequests));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        AssertRetryAfter(refused);
        Assert.Equal("TooManyRequests", ErrorBodies.ErrorCode(refused, "429"));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, neighbour.StatusCode);
    }

    [Fact]
    public void DirectLine_PerToken_Is429_ForThatConversationOnly()
    {
        using var host = new FuzzHost(settings: [("Limits:DirectLinePerToken:PermitLimit", "4"), ("Limits:DirectLinePerToken:Window", "01:00:00")]);
        var calls = new DirectLineCalls(host.CreateClient());
        var (busy, busyToken) = calls.Start();
        var (quiet, quietToken) = calls.Start();

        var statuses = Enumerable.Range(0, 6).Select(_ => Status(calls.Send(HttpMethod.Get, $"/v3/directline/conversations/{busy}/activities", busyToken))).ToList();
        using var refused = calls.Send(HttpMethod.Get, $"/v3/directline/conversations/{busy}/activities", busyToken);
        using var other = calls.Send(HttpMethod.Get, $"/v3/directline/conversations/{quiet}/activities", quietToken);

        Assert.Equal(4, statuses.Count(status => status == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        AssertRetryAfter(refused);
        Assert.Equal("TooManyRequests", ErrorBodies.ErrorCode(refused, "429"));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public void Messages_PerIp_Is429_InTheBotFrameworkErrorShape()
    {
        using var host = new FuzzHost("Development", ("Limits:MessagesPerIp:PermitLimit", "3"), ("Limits:MessagesPerIp:Window", "01:00:00"));
        using var http = host.CreateClient();

        var statuses = Enumerable.Range(0, 5).Select(_ => PostMessages(http)).ToList();

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses.Select(pair => pair.Status));
        Assert.Equal("TooManyRequests", ErrorBodies.ErrorCode(statuses[^1].Body, "429"));
    }

    [Fact]
    public void StaffSignIn_PerIp_Is429_WithTheStaffText()
    {
        using var host = new FuzzHost(settings: [("Limits:StaffSignInPerIp:PermitLimit", "2")]);
        using var http = host.CreateClient();

        var signIns = Enumerable.Range(0, 3).Select(_ =>
        {
            using var form = new FormUrlEncodedContent([new("Email", "a@example.nl"), new("Password", "x")]);
            using var response = http.PostAsync("/staff/signin", form).GetAwaiter().GetResult();
            return (response.StatusCode, Body: response.Content.ReadAsStringAsync().GetAwaiter().GetResult(), RetryAfter: response.Headers.RetryAfter);
        }).ToList();
        var page = Get(http, "/staff/signin");

        Assert.Equal(HttpStatusCode.TooManyRequests, signIns[2].StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, signIns[0].StatusCode);
        Assert.Contains("Te veel pogingen", signIns[2].Body, StringComparison.Ordinal);
        Assert.Contains("Too many sign-in attempts", signIns[2].Body, StringComparison.Ordinal);
        Assert.NotNull(signIns[2].RetryAfter);
        // Reading the sign-in page is not an attempt.
        Assert.Equal(HttpStatusCode.OK, page);
    }

    [Fact]
    public void Disabled_LimitsNothing()
    {
        using var host = new FuzzHost(settings: [("Limits:Enabled", "false"), ("Limits:DirectLinePerIp:PermitLimit", "1")]);
        var calls = new DirectLineCalls(host.CreateClient());

        var statuses = Enumerable.Range(0, 5).Select(_ => Status(calls.Send(HttpMethod.Get, "/v3/directline/conversations/x/activities", "bad", peer: Hammer))).ToList();

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
    }

    private static HttpStatusCode Status(HttpResponseMessage response)
    {
        using (response)
        {
            return response.StatusCode;
        }
    }

    private static HttpStatusCode Get(HttpClient http, string path) => Status(http.GetAsync(path).GetAwaiter().GetResult());

    private static void AssertRetryAfter(HttpResponseMessage response)
    {
        var seconds = int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, 3600);
    }

    private static (HttpStatusCode Status, string Body) PostMessages(HttpClient http)
    {
        using var content = new StringContent("{\"type\":\"message\"}", Encoding.UTF8, "application/json");
        using var response = http.PostAsync("/api/messages", content).GetAwaiter().GetResult();
        return (response.StatusCode, response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
    }
}
