using System.Net;
using System.Text.Json;
using IntakeBot.Bot.Tests.Support;
using IntakeBot.Storage.ApiKeys;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Bot.Tests.Intake;

/// <summary>
/// A whole intake through the real host: Direct Line in, the case in SQLite, and the staff API out, with the route and
/// the deadline Kracht's regulation gives; the reference travels in channelData.caseReference.
/// </summary>
public sealed class IntakeEndToEndTests(IntakeHostFactory factory) : IClassFixture<IntakeHostFactory>
{
    [Fact]
    public async Task A_complaint_over_direct_line_is_a_case_in_the_staff_api()
    {
        using var http = factory.CreateClient();
        var (conversationId, token) = await DirectLineCalls.StartAsync(http, IntakeHostFactory.Secret);

        await DirectLineCalls.PostAsync(http, conversationId, token, """{"type":"event","name":"webchat/join","value":{"organisationId":"kracht-den-haag","language":"nl"},"from":{"id":"u"}}""");
        foreach (var text in new[]
        {
            "ik ben jong", "mijn begeleider schreeuwde tegen mij", "klaar", "ja", "ja", "nee", "sla over", "sla over", "sla over",
            "sla over", "sla over", "Sanne de Vries", "sla over", "sanne@example.nl", "ja", "nee", "klopt", "nee",
        })
        {
            await DirectLineCalls.PostAsync(http, conversationId, token, JsonSerializer.Serialize(new { type = "message", text, from = new { id = "u" } }));
        }

        var activities = await DirectLineCalls.ActivitiesAsync(http, conversationId, token);
        var withReference = activities.Where(a => a.TryGetProperty("channelData", out var data) && data.TryGetProperty("caseReference", out _)).ToList();
        Assert.NotEmpty(withReference);
        var reference = withReference[^1].GetProperty("channelData").GetProperty("caseReference").GetString()!;
        Assert.StartsWith("KL-", reference, StringComparison.Ordinal);
        Assert.Single(activities, a => a.TryGetProperty("text", out var t) && t.GetString()!.Contains("Ik ben een chatbot", StringComparison.Ordinal));

        var key = await factory.Services.GetRequiredService<IApiKeyStore>().CreateAsync("kracht-den-haag", "e2e");
        using var staff = factory.CreateClient();
        staff.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "ApiKey " + key.Secret);
        using var response = await staff.GetAsync($"/api/staff/cases/{reference}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("klacht", root.GetProperty("kind").GetString());
        Assert.Equal("nieuw", root.GetProperty("status").GetString());
        Assert.Equal(conversationId, root.GetProperty("conversationId").GetString());
        Assert.Equal("Sanne de Vries", root.GetProperty("fields").GetProperty("name").GetString());
        var current = root.GetProperty("route").EnumerateArray().Single(s => s.GetProperty("deadline").ValueKind == JsonValueKind.String);
        Assert.Equal("kracht", current.GetProperty("destinationId").GetString());
        Assert.Equal("2026-12-01", current.GetProperty("deadline").GetString());

        var otherKey = await factory.Services.GetRequiredService<IApiKeyStore>().CreateAsync("blijf-groep", "other");
        using var other = factory.CreateClient();
        other.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "ApiKey " + otherKey.Secret);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/staff/cases/{reference}")).StatusCode);
    }

    [Fact]
    public async Task The_privacy_page_the_welcome_links_to_exists_in_both_languages()
    {
        using var http = factory.CreateClient();

        var dutch = await http.GetStringAsync("/privacy");
        var english = await http.GetStringAsync("/privacy?lang=en");

        Assert.Contains("<html lang=\"nl\">", dutch, StringComparison.Ordinal);
        Assert.Contains("organisatie die je kiest", dutch, StringComparison.Ordinal);
        Assert.Contains("organisation you choose", english, StringComparison.Ordinal);
    }



}
