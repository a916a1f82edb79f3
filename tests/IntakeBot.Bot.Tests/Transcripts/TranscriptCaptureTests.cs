using System.Text.Json;
using IntakeBot.Bot.Tests.Intake;
using IntakeBot.Bot.Tests.Support;
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
        var (conversationId, token) = await DirectLineCalls.StartAsync(http, IntakeHostFactory.Secret);
        string[] said = ["ik ben jong", "mijn begeleider schreeuwde tegen mij <script>alert(1)</script> 😡", "klaar"];

        await DirectLineCalls.PostAsync(http, conversationId, token, """{"type":"event","name":"webchat/join","value":{"organisationId":"kracht-den-haag","language":"nl"},"from":{"id":"u"}}""");
        foreach (var text in said)
        {
            await DirectLineCalls.PostAsync(http, conversationId, token, JsonSerializer.Serialize(new { type = "message", text, from = new { id = "u" } }));
        }

        var transcript = await factory.Services.GetRequiredService<ITranscriptStore>().GetAsync(conversationId);
        var log = await DirectLineCalls.ActivitiesAsync(http, conversationId, token);

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



}
