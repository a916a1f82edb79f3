using System.Text.Json;
using IntakeBot.Browser.Tests.Support;
using IntakeBot.Casework.Transcripts;
using IntakeBot.Content.Model;
using IntakeBot.Intake.Cases;
using Microsoft.Playwright;

namespace IntakeBot.Browser.Tests.Staff;

/// <summary>An officer in Chromium: signs in, opens a case, reads the transcript, acknowledges it and adds a note.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffCaseTests(BrowserFixture browser, StaffHost host) : IClassFixture<StaffHost>
{
    [Fact]
    public async Task Officer_reads_the_transcript_acknowledges_the_case_and_adds_a_note()
    {
        var c = await AddCaseAsync("Mijn begeleider luisterde niet. <script>document.title='pwned'</script> Groet, Noor Bakker");
        var email = await host.CreateUserAsync("kracht-den-haag", "officer");
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.Address.ToString() });
        var dialogs = 0;
        context.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        var page = await StaffPages.SignInAsync(context, email, StaffHost.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = c.Reference }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Zaak " + c.Reference })).ToBeVisibleAsync();
        var transcript = page.Locator("ol.transcript");
        await Assertions.Expect(transcript.Locator("li.user").First).ToContainTextAsync("<script>document.title='pwned'</script>");
        await Assertions.Expect(transcript.Locator("li.user mark", new() { HasText = "Noor Bakker" })).ToBeVisibleAsync();
        await Assertions.Expect(transcript.Locator("li.bot").First).ToContainTextAsync("Ik ben een chatbot");
        Assert.DoesNotContain("pwned", await page.TitleAsync(), StringComparison.Ordinal);

        await StaffPages.ChangeStatusAsync(page, "Ontvangst bevestigd");
        await page.GetByLabel("Notitie (alleen voor medewerkers, de melder ziet dit nooit)").FillAsync("Melder gebeld; gesprek op dinsdag.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Notitie toevoegen" }).ClickAsync();
        await Assertions.Expect(page.Locator("ol.timeline")).ToContainTextAsync("Melder gebeld; gesprek op dinsdag.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Zonder persoonsgegevens tonen" }).ClickAsync();
        await Assertions.Expect(transcript.Locator("li.user").First).ToContainTextAsync("[naam]");
        await Assertions.Expect(transcript).Not.ToContainTextAsync("Noor Bakker");

        Assert.Equal(0, dialogs);
        var record = await host.Register.GetAsync(IntakeBot.Casework.CaseScope.For("kracht-den-haag"), c.Reference);
        Assert.Equal(CaseStatus.OntvangstBevestigd, record!.Case.Status);
    }

    private async Task<IntakeCase> AddCaseAsync(string userText)
    {
        var c = new IntakeCase(
            CaseReference.New(Kind.Klacht),
            "kracht-den-haag",
            Kind.Klacht,
            CaseStatus.Nieuw,
            new DateTimeOffset(2026, 11, 20, 14, 30, 0, TimeSpan.FromHours(1)),
            "directline",
            "browser-" + Guid.NewGuid().ToString("N"),
            "nl",
            [new CaseRouteStep(1, "klachtenfunctionaris", "kracht-klachtenfunctionaris", "Klachtenfunctionaris Kracht", "email", "klachten@kracht.example.org", new DateOnly(2026, 11, 21), false)],
            new Dictionary<string, string> { [CaseFieldNames.Name] = "Noor Bakker", [CaseFieldNames.Description] = "Mijn begeleider luisterde niet." });
        await host.Cases.CreateAsync(c);
        foreach (var (direction, text) in new[]
        {
            (TranscriptDirection.Outgoing, "Hoi! Ik ben een chatbot, geen mens."),
            (TranscriptDirection.Incoming, userText),
        })
        {
            await host.Transcripts.AppendAsync(new TranscriptEntry(c.ConversationId, 0, c.CreatedAt, direction, JsonSerializer.Serialize(new { type = "message", text })));
        }

        return c;
    }
}
