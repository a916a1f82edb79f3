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

        await chat.WaitForBotMessageAsync("Ik ben een chatbot");
        await Step(chat, "Wie ben jij?", click: "Ik ben jong");
        await Step(chat, "Vertel in je eigen woorden", type: "mijn begeleider schreeuwde tegen mij en luisterde niet");
        await Step(chat, "Ik lees mee", click: "Klaar");
        await Step(chat, "Dat heet een klacht. Klopt dat?", click: "Ja");
        await Step(chat, "al over gepraat met de medewerker", click: "Ja");
        await Step(chat, "klachtencommissie", click: "Nee");
        await Step(chat, "Een naam mag", type: "mijn begeleider");
        await Step(chat, "Bij welke plek of welk team", click: "Sla over");
        await Step(chat, "Op welke dag gebeurde het?", type: "gisteren");
        await Step(chat, "Wat wil je nu?", click: "Sla over");
        await Step(chat, "Wie ben jij voor de persoon", click: "Sla over");
        await Step(chat, "Wat is je naam?", type: "Sanne de Vries");
        await Step(chat, "Op welk nummer", click: "Sla over");
        await Step(chat, "Wat is je mailadres?", click: "Sla over");
        await Step(chat, "delen met de persoon over wie het gaat", click: "Ja");
        await Step(chat, "iemand die naast je staat", click: "Nee");
        await Step(chat, "Klopt alles?", click: "Klopt");
        await chat.WaitForBotMessageAsync("Je melding is klaar. Je nummer is KL-");
        await chat.WaitForBotMessageAsync("Wil je nog iets anders melden?");

        var channelData = await chat.LastChannelDataAsync();
        Assert.NotNull(channelData);
        Assert.StartsWith("KL-", channelData.Value.GetProperty("caseReference").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await chat.CountBotMessagesAsync("Ik ben een chatbot"));
    }

    private static async Task Step(ChatPage chat, string question, string? click = null, string? type = null)
    {
        await chat.WaitForBotMessageAsync(question);
        if (click is not null)
        {
            await chat.ClickButtonAsync(click);
        }
        else
        {
            await chat.SendTextAsync(type!);
        }
    }
}
