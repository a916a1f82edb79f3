using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using IntakeBot.Bot.Tests.Intake;
using IntakeBot.Casework.Transcripts;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Bot.Tests.Transcripts;

/// <summary>A Direct Line conversation with the real host and bot leaves a transcript of every activity in and out, in order.</summary>
public sealed class TranscriptCaptureTests(IntakeHostFactory factory) : IClassFixture<IntakeHostFactory>
{
    [Fact]
    public async Task Every_activity_in_and_out_is_in_the_transcript_in_order()
    {
        using var http = factory.CreateClient();
        var (conversationId, token) = await StartAsync(http);
        string[] said = ["ik ben jong", "mijn begeleider schreeuwde tegen mij <script>alert(1)</script> 😡", "klaar"];

        await PostAsync(http, conversationId, token, """{"type":"event","name":"webchat/join","value":{"organisationId":"kracht-den-haag","language":"nl"},"from":{"id":"u"}}""");
        foreach (var text in said)
        {
            await PostAsync(http, conversationId, token, JsonSerializer.Serialize(new { type = "message", text, from = new { id = "u" } }));
        }

        var transcript = await factory.Services.GetRequiredService<ITranscriptStore>().GetAsync(conversationId);
        var log = await ActivitiesAsync(http, conversationId, token);

        Assert.Equal(Enumerable.Range(1, transcript.Count).Select(i => (long)i), transcript.Select(e => e.Sequence));
        Assert.Equal(["webchat/join"], Incoming(transcript).Where(a => a.Type == "event").Select(a => a.Name));
        Assert.Equal(said, Incoming(transcript).Where(a => a.Type == "message").Select(a => a.Text));
        Assert.Contains(transcript, e => e.Direction == TranscriptDirection.Outgoing);

        // The messages the client sees, in and out, are exactly the transcript's messages, in the same order.
        var logMessages = log.Where(a => a.GetProperty("type").GetString() == "message").Select(a => a.GetProperty("text").GetString()).ToList();
        var transcriptMessages = transcript.Select(e => JsonDocument.Parse(e.ActivityJson).RootElement)
            .Where(a => a.GetProperty("type").GetString() == "message")
            .Select(a => a.GetProperty("text").GetString())
            .ToList();
        Assert.True(logMessages.Count > said.Length);
        Assert.Equal(logMessages, transcriptMessages);
        Assert.All(transcript, e => Assert.Equal(conversationId, e.ConversationId));
    }

    private static IEnumerable<(string? Type, string? Name, string? Text)> Incoming(IEnumerable<TranscriptEntry> transcript) =>
        transcript.Where(e => e.Direction == TranscriptDirection.Incoming)
            .Select(e => JsonDocument.Parse(e.ActivityJson).RootElement)
            .Select(a => (Get(a, "type"), Get(a, "name"), Get(a, "text")));

    private static string? Get(JsonElement activity, string property) =>
        activity.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static async Task<(string ConversationId, string Token)> StartAsync(HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", IntakeHostFactory.Secret);
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

    private static async Task<List<JsonElement>> ActivitiesAsync(HttpClient http, string conversationId, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. json.RootElement.GetProperty("activities").EnumerateArray().Select(a => a.Clone())];
    }
}
