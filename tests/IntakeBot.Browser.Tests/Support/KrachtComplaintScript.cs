namespace IntakeBot.Browser.Tests.Support;

/// <summary>
/// A young person's whole complaint at Kracht in Dutch, as a user does it in the widget: from the welcome to the
/// confirmation with the case reference and the "anything else?" question. Buttons are clicked, words are typed.
/// </summary>
public static class KrachtComplaintScript
{
    /// <summary>Runs the intake in <paramref name="chat"/> (opened for kracht-den-haag, nl) until the case is confirmed.</summary>
    public static async Task RunAsync(ChatPage chat)
    {
        ArgumentNullException.ThrowIfNull(chat);
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
