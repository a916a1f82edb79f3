using IntakeBot.Browser.Tests.Support;
using Microsoft.Playwright;

namespace IntakeBot.Browser.Tests;

/// <summary>
/// A whole intake with the real bot, from page load to case reference, in Web Chat and in the light widget: the
/// organisation and language come from the page, buttons are clicked, words are typed, and the final activity
/// carries channelData.caseReference.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FullIntakeTests(BrowserFixture browser, RealIntakeHost host) : IClassFixture<RealIntakeHost>
{
    [Theory]
    [InlineData(ChatVariant.WebChat)]
    [InlineData(ChatVariant.Light)]
    public async Task A_complaint_goes_from_page_load_to_a_case_reference(ChatVariant variant)
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.Address.ToString() });
        var local = host.Address.GetLeftPart(UriPartial.Authority) + "/";
        await context.RouteAsync(url => !url.StartsWith(local, StringComparison.Ordinal), route => route.AbortAsync());
        var chat = await ChatPage.OpenAsync(context, variant, "kracht-den-haag", "nl");

        await KrachtComplaintScript.RunAsync(chat);

        var channelData = await chat.LastChannelDataAsync();
        Assert.NotNull(channelData);
        Assert.StartsWith("KL-", channelData.Value.GetProperty("caseReference").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await chat.CountBotMessagesAsync("Ik ben een chatbot"));
    }
}
