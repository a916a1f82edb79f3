using System.Text.RegularExpressions;
using IntakeBot.Browser.Tests.Support;
using Microsoft.Playwright;

namespace IntakeBot.Browser.Tests.Staff;

/// <summary>
/// Issue 7's "done when": an intake in the light widget becomes a case; the complaints officer of that organisation
/// signs in, sees it with its transcript and deadline and marks it acknowledged; an admin exports the person's file; an
/// officer of another organisation sees nothing of it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffEndToEndTests(BrowserFixture browser, StaffHost host) : IClassFixture<StaffHost>
{
    [Fact]
    public async Task A_widget_intake_reaches_only_its_own_organisations_officer()
    {
        var reference = await IntakeAsync();
        var own = await host.CreateUserAsync("kracht-den-haag", "officer");
        var other = await host.CreateUserAsync("blijf-groep", "officer");

        await using (var context = await NewContextAsync())
        {
            var page = await StaffPages.SignInAsync(context, own, StaffHost.Password);
            await page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Zaak " + reference })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("section[aria-labelledby=fields]")).ToContainTextAsync("Sanne de Vries");
            await Assertions.Expect(page.Locator("section[aria-labelledby=route]")).ToContainTextAsync(new Regex(@"\d{2}-\d{2}-20\d{2}"));
            await Assertions.Expect(page.Locator("section[aria-labelledby=transcript]")).ToContainTextAsync("schreeuwde tegen mij");
            await StaffPages.ChangeStatusAsync(page, "Ontvangst bevestigd");
        }

        var admin = await host.CreateUserAsync("kracht-den-haag", "admin");
        await using (var context = await NewContextAsync())
        {
            // An access request: the admin downloads the person's file, which holds the case and the conversation.
            var page = await StaffPages.SignInAsync(context, admin, StaffHost.Password);
            await page.GotoAsync("/staff/cases/" + reference + "/privacy");
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Dossier downloaden (JSON)" }).ClickAsync());
            var path = await download.PathAsync();
            var file = await File.ReadAllTextAsync(path!);
            Assert.Contains(reference, file, StringComparison.Ordinal);
            Assert.Contains("Sanne de Vries", file, StringComparison.Ordinal);
            Assert.Contains("schreeuwde tegen mij", file, StringComparison.Ordinal);
        }

        await using (var context = await NewContextAsync())
        {
            var page = await StaffPages.SignInAsync(context, other, StaffHost.Password);
            await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync(reference);
            var response = await page.GotoAsync("/staff/cases/" + reference);
            Assert.Equal(404, response!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("bestaat niet");
            await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Sanne");
        }
    }

    private async Task<string> IntakeAsync()
    {
        await using var context = await NewContextAsync();
        var chat = await ChatPage.OpenAsync(context, ChatVariant.Light, "kracht-den-haag", "nl");
        await KrachtComplaintScript.RunAsync(chat);
        var channelData = await chat.LastChannelDataAsync();
        Assert.NotNull(channelData);
        return channelData.Value.GetProperty("caseReference").GetString()!;
    }

    private async Task<IBrowserContext> NewContextAsync()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.Address.ToString() });
        var local = host.Address.GetLeftPart(UriPartial.Authority) + "/";
        await context.RouteAsync(url => !url.StartsWith(local, StringComparison.Ordinal), route => route.AbortAsync());
        return context;
    }
}
