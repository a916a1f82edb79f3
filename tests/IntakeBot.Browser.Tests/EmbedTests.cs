using IntakeBot.Browser.Tests.Support;
using Microsoft.Playwright;

namespace IntakeBot.Browser.Tests;

/// <summary>The embed snippet on an organisation's page (played by the host at http://localhost:{port}/organisation, another origin).
/// Runs without the Direct Line server.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EmbedTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("licht", "/licht?")]
    [InlineData("webchat", "/?")]
    public async Task The_snippet_adds_a_launcher_that_opens_the_chat_in_an_iframe(string variant, string path)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await OrganisationPageAsync(context, variant);

        await page.ClickAsync("#intakebot-launcher");

        var frame = page.Locator("#intakebot-frame");
        await frame.WaitForAsync();
        var src = await frame.GetAttributeAsync("src");
        Assert.StartsWith(fixture.Address.GetLeftPart(UriPartial.Authority) + path, src, StringComparison.Ordinal);
        Assert.Contains("organisation=kracht-den-haag", src, StringComparison.Ordinal);
        Assert.Contains("color=%23226622", src, StringComparison.Ordinal);
        await Assertions.Expect(page.FrameLocator("#intakebot-frame").Locator("#exit")).ToHaveTextAsync("Snel weg");
        Assert.Equal("true", await page.GetAttributeAsync("#intakebot-launcher", "aria-expanded"));
    }

    [Fact]
    public async Task Quick_exit_inside_the_iframe_replaces_the_organisations_page()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await OrganisationPageAsync(context, "licht");
        await page.ClickAsync("#intakebot-launcher");
        var exit = page.FrameLocator("#intakebot-frame").Locator("#exit");
        await Assertions.Expect(exit).ToHaveTextAsync("Snel weg");

        await exit.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync("https://exit.test/weer");
    }

    private async Task<IPage> OrganisationPageAsync(IBrowserContext context, string variant)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Host.OrganisationSite + "/organisation?variant=" + variant);
        return page;
    }
}
