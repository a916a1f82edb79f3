using System.Text.Json;
using IntakeBot.Bot.Tests.Support;

namespace IntakeBot.Bot.Tests.Delivery;

/// <summary>
/// The "done when" for delivery: an intake over Direct Line in the real host becomes a case, and the notification
/// e-mail (and the person's copy they asked for) arrives at the local SMTP listener, sent by the host's own worker.
/// </summary>
public sealed class DeliveryEndToEndTests(DeliveryHostFactory factory) : IClassFixture<DeliveryHostFactory>
{
    [Fact]
    public async Task A_complaint_in_the_chat_reaches_the_organisation_and_the_person_by_email()
    {
        using var http = factory.CreateClient();
        var (conversationId, token) = await DirectLineCalls.StartAsync(http, DeliveryHostFactory.Secret);
        await DirectLineCalls.PostAsync(http, conversationId, token, """{"type":"event","name":"webchat/join","value":{"organisationId":"kracht-den-haag","language":"nl"},"from":{"id":"u"}}""");
        foreach (var text in new[]
        {
            "ik ben jong", "mijn begeleider schreeuwde tegen mij", "klaar", "ja", "ja", "nee", "sla over", "sla over", "sla over",
            "sla over", "sla over", "Sanne de Vries", "sla over", "sanne@example.nl", "ja", "nee", "klopt", "nee",
        })
        {
            await DirectLineCalls.PostAsync(http, conversationId, token, JsonSerializer.Serialize(new { type = "message", text, from = new { id = "u" } }));
        }

        var intakeCase = Assert.Single(await factory.Cases.FindByConversationAsync(conversationId));
        var reference = intakeCase.Reference;

        // The host's worker delivers on its own; the event leaves the outbox once every target has worked.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while ((await factory.Cases.PendingEventsAsync(10, timeout.Token)).Any(e => e.Reference == reference))
        {
            await Task.Delay(50, timeout.Token);
        }

        var notification = Assert.Single(factory.Smtp.Messages, m => m.Recipients.Contains(DeliveryHostFactory.KrachtEmail));
        Assert.Contains(reference, notification.Subject, StringComparison.Ordinal);
        Assert.Contains("https://intake.example.nl/staff/cases/" + reference, notification.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Sanne", notification.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("schreeuwde", notification.Body, StringComparison.Ordinal);
        var copies = factory.Smtp.Messages.Where(m => m.Recipients.Contains("sanne@example.nl")).ToList();
        Assert.Equal(intakeCase.Fields.GetValueOrDefault("wantsCopy") == "true" ? 1 : 0, copies.Count);
        Assert.All(copies, copy => Assert.Contains("Sanne de Vries", copy.Body, StringComparison.Ordinal));
        Assert.All(await factory.Deliveries.ForCaseAsync(reference), state => Assert.NotNull(state.DeliveredAt));
    }


}
