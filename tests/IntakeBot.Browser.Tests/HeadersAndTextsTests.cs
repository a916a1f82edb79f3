using System.Net.Http.Json;
using System.Text.Json;
using IntakeBot.Browser.Tests.Support;

namespace IntakeBot.Browser.Tests;

/// <summary>The pages' HTTP side, without a browser: security headers, labels, static files.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HeadersAndTextsTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/licht")]
    public async Task The_pages_are_served_with_a_strict_content_security_policy(string path)
    {
        using var http = new HttpClient { BaseAddress = fixture.Address };

        using var response = await http.GetAsync(path);

        response.EnsureSuccessStatusCode();
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self' " + fixture.Host.OrganisationSite, csp, StringComparison.Ordinal);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch("<script>|<script [^>]*>[^<]", html);
    }

    [Theory]
    [InlineData("nl", "nl", "Snel weg")]
    [InlineData("en", "en", "Leave now")]
    [InlineData("xx", "nl", "Snel weg")]
    [InlineData("", "nl", "Snel weg")]
    public async Task Texts_come_from_content_in_the_asked_language_or_dutch(string asked, string language, string exitLabel)
    {
        using var http = new HttpClient { BaseAddress = fixture.Address };

        var answer = await http.GetFromJsonAsync<JsonElement>("/api/widget/texts?lang=" + asked);

        Assert.Equal(language, answer.GetProperty("language").GetString());
        Assert.Equal(exitLabel, answer.GetProperty("texts").GetProperty("exit.button").GetString());
        Assert.Equal("https://exit.test/weer", answer.GetProperty("exitUrl").GetString());
    }

    [Theory]
    [InlineData("/lib/webchat.js")]
    [InlineData("/lib/axe.min.js")]
    [InlineData("/embed.js")]
    [InlineData("/js/licht.js")]
    public async Task The_scripts_are_served(string path)
    {
        using var http = new HttpClient { BaseAddress = fixture.Address };

        using var response = await http.GetAsync(path);

        response.EnsureSuccessStatusCode();
        Assert.Contains("javascript", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }
}
