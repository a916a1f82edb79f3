using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

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
        var (conversationId, token) = await StartAsync(http);
        await PostAsync(http, conversationId, token, """{"type":"event","name":"webchat/join","value":{"organisationId":"kracht-den-haag","language":"nl"},"from":{"id":"u"}}""");
        foreach (var text in new[]
        {
            "ik ben jong", "mijn begeleider schreeuwde tegen mij", "klaar", "ja", "ja", "nee", "sla over", "sla over", "sla over",
            "sla over", "sla over", "Sanne de Vries", "sla over", "sanne@example.nl", "ja", "nee", "klopt", "nee",
        })
        {
            await PostAsync(http, conversationId, token, JsonSerializer.Serialize(new { type = "message", text, from = new { id = "u" } }));
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

    private static async Task<(string ConversationId, string Token)> StartAsync(HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DeliveryHostFactory.Secret);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("conversationId").GetString()!, json.RootElement.GetProperty("token").GetString()!);
    }

    private static async Task PostAsync(HttpClient http, string conversationId, string token, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
