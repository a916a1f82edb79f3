using System.Globalization;
using System.Text.RegularExpressions;
using IntakeBot.Bot.Channels.DirectLine;

namespace IntakeBot.Deployment.Tests.SelfHost;

public sealed class NginxConfigTests
{
    private const string StreamLocation = "location ~ ^/v3/directline/conversations/[^/]+/stream$";

    private readonly NginxConfig _nginx = NginxConfig.Load();

    [Fact]
    public void StreamPath_IsUpgradedToAWebSocket()
    {
        var (_, body) = Assert.Single(_nginx.Blocks(StreamLocation));
        var directives = NginxConfig.Directives(body);

        Assert.Contains("proxy_http_version 1.1", directives);
        Assert.Contains("proxy_set_header Upgrade $http_upgrade", directives);
        Assert.Contains("proxy_set_header Connection $connection_upgrade", directives);
        var (_, map) = Assert.Single(_nginx.Blocks("map $http_upgrade $connection_upgrade"));
        Assert.Contains("default upgrade", NginxConfig.Directives(map));
    }

    [Theory]
    [InlineData("/v3/directline/conversations/3Fx9aQ-nl/stream", true)]
    [InlineData("/v3/directline/conversations/abc/activities", false)]
    [InlineData("/v3/directline/conversations/a/b/stream", false)]
    public void StreamLocation_MatchesOnlyStreamUrls(string path, bool matches)
    {
        var pattern = StreamLocation["location ~ ".Length..];

        Assert.Equal(matches, Regex.IsMatch(path, pattern, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant));
    }

    [Fact]
    public void EveryLocation_ProxiesToTheSystemdPort_WithForwardedHeadersAndHsts()
    {
        var port = new Uri(SystemdUnit.Load().Environment["ASPNETCORE_URLS"]).Port;
        var (_, upstream) = Assert.Single(_nginx.Blocks("upstream intakebot"));
        Assert.Equal([$"server 127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"], NginxConfig.Directives(upstream).Where(line => line.StartsWith("server ", StringComparison.Ordinal)));

        var proxied = _nginx.Blocks("location").Where(block => block.Body.Contains("proxy_pass", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, proxied.Count);
        Assert.All(proxied, block =>
        {
            var directives = NginxConfig.Directives(block.Body);
            Assert.Contains("proxy_pass http://intakebot", directives);
            // A location with its own proxy_set_header/add_header loses the server's, so each must carry them.
            Assert.Contains("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for", directives);
            Assert.Contains("proxy_set_header X-Forwarded-Proto $scheme", directives);
            Assert.Contains("proxy_set_header Host $host", directives);
            Assert.Contains(directives, line => line.StartsWith("add_header Strict-Transport-Security \"max-age=", StringComparison.Ordinal) && line.EndsWith(" always", StringComparison.Ordinal));
        });
    }

    [Fact]
    public void UploadLimit_FitsTheAppsUploadLimit()
    {
        var limit = Assert.Single(Regex.Matches(_nginx.Text, @"client_max_body_size (\d+)([km]);", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant));
        var bytes = long.Parse(limit.Groups[1].Value, CultureInfo.InvariantCulture) * (limit.Groups[2].Value == "m" ? 1024 * 1024 : 1024);
        var env = EnvFile.Load();
        var app = env.Active.TryGetValue("DirectLine__MaxUploadBytes", out var configured)
            ? long.Parse(configured, CultureInfo.InvariantCulture)
            : new DirectLineOptions().MaxUploadBytes;

        Assert.InRange(bytes, app + 1, app * 2);
    }

    [Fact]
    public void StaffPages_AreNeverCached()
    {
        var (header, body) = Assert.Single(_nginx.Blocks("location ~ ^/(staff|api/staff)(/|$)"));
        var directives = NginxConfig.Directives(body);
        var pattern = header["location ~ ".Length..];

        Assert.Contains("add_header Cache-Control \"no-store\" always", directives);
        Assert.Contains("proxy_no_cache 1", directives);
        Assert.Matches(pattern, "/staff/cases/KL-7F3K-9Q");
        Assert.Matches(pattern, "/api/staff/cases");
        Assert.DoesNotMatch(pattern, "/staffing");
    }

    [Fact]
    public void Tls_IsModern_AndHttpRedirects()
    {
        var servers = _nginx.Blocks("server").Where(block => block.Header == "server").ToList();
        var tls = Assert.Single(servers, server => server.Body.Contains("listen 443 ssl", StringComparison.Ordinal));
        var plain = Assert.Single(servers, server => server.Body.Contains("listen 80", StringComparison.Ordinal));

        Assert.Contains("ssl_protocols TLSv1.2 TLSv1.3", NginxConfig.Directives(tls.Body));
        Assert.Contains("return 301 https://$host$request_uri", plain.Body, StringComparison.Ordinal);
    }
}
