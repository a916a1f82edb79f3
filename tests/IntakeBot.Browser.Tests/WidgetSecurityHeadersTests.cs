using IntakeBot.Bot.Channels.Widget;
using Microsoft.AspNetCore.Http;

namespace IntakeBot.Browser.Tests;

public sealed class WidgetSecurityHeadersTests
{
    [Fact]
    public void Only_plain_origins_become_frame_ancestors()
    {
        var headers = new WidgetSecurityHeaders(["https://www.kracht.nl/", "https://a.nl; script-src *", "javascript:alert(1)", "https://b.nl/path", "", "http://localhost:8080"]);
        var context = Context("intakebot.example");

        headers.Apply(context);

        var csp = context.Response.Headers.ContentSecurityPolicy.ToString();
        Assert.Contains("frame-ancestors 'self' https://www.kracht.nl http://localhost:8080;", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("a.nl", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("b.nl", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' ws://intakebot.example wss://intakebot.example;", csp, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evil.example;script-src *")]
    [InlineData("evil.example 'unsafe-inline'")]
    public void A_strange_host_header_does_not_reach_the_policy(string host)
    {
        var headers = new WidgetSecurityHeaders([]);
        var context = Context(host);

        headers.Apply(context);

        var csp = context.Response.Headers.ContentSecurityPolicy.ToString();
        Assert.Contains("connect-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", true)]
    [InlineData("/licht", true)]
    [InlineData("/api/widget/texts", true)]
    [InlineData("/js/licht.js", false)]
    public void Pages_and_api_answers_are_not_cached(string path, bool noStore)
    {
        var context = Context("localhost");
        context.Request.Path = path;

        new WidgetSecurityHeaders([]).Apply(context);

        Assert.Equal(noStore, context.Response.Headers.CacheControl.ToString() == "no-store");
        Assert.Equal("no-referrer", context.Response.Headers["Referrer-Policy"].ToString());
    }

    private static DefaultHttpContext Context(string host)
    {
        var context = new DefaultHttpContext();
        context.Request.Host = new HostString(host);
        context.Request.Path = "/";
        return context;
    }
}
