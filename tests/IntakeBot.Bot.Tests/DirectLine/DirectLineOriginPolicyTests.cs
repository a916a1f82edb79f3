using System.Net;
using IntakeBot.Bot.Channels.DirectLine;
using Microsoft.AspNetCore.Http;

namespace IntakeBot.Bot.Tests.DirectLine;

public sealed class DirectLineOriginPolicyTests
{
    private static readonly DirectLineOptions Options = CreateOptions();

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("10.0.0.5", true)]
    [InlineData("203.0.113.9", false)]
    public void WithoutOrigin_OnlyTheSameHostIsAllowed(string remote, bool allowed)
    {
        var context = Context(remote, origin: null);

        Assert.Equal(allowed, DirectLineOriginPolicy.IsAllowed(context, Options));
    }

    [Theory]
    [InlineData("https://bot.example", true)]
    [InlineData("https://bot.example:443", true)]
    [InlineData("https://ouders.example", true)]
    [InlineData("http://ouders.example", false)]
    [InlineData("https://ouders.example.evil.example", false)]
    [InlineData("https://ouders.example/pad", false)]
    [InlineData("null", false)]
    [InlineData("javascript:alert(1)", false)]
    public void WithOrigin_OwnAndTrustedOriginsAreAllowed(string origin, bool allowed)
    {
        var context = Context("203.0.113.9", origin);

        Assert.Equal(allowed, DirectLineOriginPolicy.IsAllowed(context, Options));
    }

    private static DefaultHttpContext Context(string remote, string? origin)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "https";
        context.Request.Host = new HostString("bot.example");
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        context.Connection.LocalIpAddress = IPAddress.Parse("10.0.0.5");
        if (origin is not null)
        {
            context.Request.Headers.Origin = origin;
        }

        return context;
    }

    private static DirectLineOptions CreateOptions()
    {
        var options = new DirectLineOptions();
        options.TrustedOrigins.Add("https://ouders.example/");
        return options;
    }
}
