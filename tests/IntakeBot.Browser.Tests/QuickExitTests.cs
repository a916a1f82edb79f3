using IntakeBot.Browser.Tests.Support;
using Microsoft.Playwright;

namespace IntakeBot.Browser.Tests;

/// <summary>Runs without the Direct Line server: quick exit works even when the chat cannot connect.</summary>
[Collection(BrowserCollection.Name)]
public sealed class QuickExitTests(BrowserFixture fixture)
{
    private const string ExitUrl = "https://exit.test/weer";

    [Theory]
    [InlineData(ChatVariant.WebChat, false)]
    [InlineData(ChatVariant.Light, false)]
    [InlineData(ChatVariant.WebChat, true)]
    [InlineData(ChatVariant.Light, true)]
    public async Task Quick_exit_replaces_the_page_and_its_history_entry_and_clears_session_storage(ChatVariant variant, bool byEscapeKey)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/healthz");
        await page.GotoAsync(ChatPage.PathFor(variant));
        await page.Locator("#exit").Filter(new() { HasText = "Snel weg" }).WaitForAsync();
        await page.EvaluateAsync("() => sessionStorage.setItem('intakebot.session', JSON.stringify({ conversationId: 'c', token: 't', expiresAt: 0 }))");
        var historyLength = await page.EvaluateAsync<int>("() => history.length");

        if (byEscapeKey)
        {
            // Keys go to the focused element; a keyboard user is somewhere in the page (here: on the language button).
            await page.FocusAsync("#language");
            await page.Keyboard.PressAsync("Escape");
            await page.Keyboard.PressAsync("Escape");
            await page.Keyboard.PressAsync("Escape");
        }
        else
        {
            await page.ClickAsync("#exit");
        }

        // The address is polled: Playwright's navigation wait sometimes misses a replace() started by a key press.
        await Assertions.Expect(page).ToHaveURLAsync(ExitUrl);
        await page.Locator("body").Filter(new() { HasText = "Het weer" }).WaitForAsync();
        Assert.Equal(historyLength, await page.EvaluateAsync<int>("() => history.length"));
        await page.GoBackAsync();
        Assert.EndsWith("/healthz", page.Url, StringComparison.Ordinal);
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('intakebot.session')"));
    }
}
