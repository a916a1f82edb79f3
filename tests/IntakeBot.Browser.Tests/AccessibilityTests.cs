using IntakeBot.Browser.Tests.Support;
using Microsoft.Playwright;

namespace IntakeBot.Browser.Tests;

/// <summary>axe-core (the npm copy in wwwroot/lib) on both pages with a question and its buttons on screen.
/// Needs the Direct Line server (branch directline) in the host.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(ChatVariant.WebChat)]
    [InlineData(ChatVariant.Light)]
    public async Task Axe_reports_no_serious_or_critical_violations(ChatVariant variant)
    {
        await fixture.RequireDirectLineAsync();
        await using var context = await fixture.NewContextAsync();
        var chat = await ChatPage.OpenAsync(context, variant);
        await chat.WaitForBotMessageAsync(ScriptedBot.Question1);
        await chat.Page.GetByRole(AriaRole.Button, new() { Name = "Ik ben jong", Exact = true }).Last.WaitForAsync();

        var violations = await Axe.SeriousViolationsAsync(chat.Page);

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }
}
