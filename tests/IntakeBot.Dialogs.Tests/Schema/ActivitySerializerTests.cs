using System.Text.Json;
using System.Text.Json.Nodes;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Dialogs.Tests.Schema;

public sealed class ActivitySerializerTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Activities"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void RoundTrip_LosesNothing(string fixture)
    {
        var original = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Activities", fixture));

        var written = ActivitySerializer.Serialize(ActivitySerializer.Deserialize(original));

        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(original), JsonNode.Parse(written)),
            $"Round trip of {fixture} changed the JSON:\n{written}");
    }

    [Fact]
    public void Fixtures_AreAllFound()
    {
        Assert.True(Fixtures().Count >= 8);
    }

    [Fact]
    public void Serialize_UsesCamelCaseAndOmitsNulls()
    {
        var json = ActivitySerializer.Serialize(new Activity { Type = ActivityTypes.Message, Text = "hoi", ReplyToId = "1" });

        Assert.Equal("""{"type":"message","text":"hoi","replyToId":"1"}""", json);
    }

    [Theory]
    [InlineData("2026-11-22T09:00:00Z")]
    [InlineData("2026-11-22T09:00:00.1Z")]
    [InlineData("2026-11-22T09:00:01.1234567Z")]
    public void Timestamp_IsWrittenAsUtcWithZ_AndExactFraction(string timestamp)
    {
        var json = $$"""{"type":"message","timestamp":"{{timestamp}}"}""";

        var written = ActivitySerializer.Serialize(ActivitySerializer.Deserialize(json));

        Assert.Equal(json, written);
    }

    [Fact]
    public void LocalTimestamp_KeepsItsOffset()
    {
        var activity = ActivitySerializer.Deserialize("""{"type":"message","localTimestamp":"2026-11-22T10:00:00.5+01:00"}""");

        Assert.Equal(TimeSpan.FromHours(1), activity.LocalTimestamp!.Value.Offset);
        var written = ActivitySerializer.Serialize(activity);
        Assert.True(written.Contains("\"2026-11-22T10:00:00.5+01:00\"", StringComparison.Ordinal), written);
    }

    [Fact]
    public void Deserialize_ReadsTeamsCardSubmitValue()
    {
        var activity = ActivitySerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Activities", "teams-card-submit.json")));

        Assert.Null(activity.Text);
        Assert.Equal("Klacht", activity.Value!.Value.GetProperty("choice").GetString());
        Assert.Equal("personal", activity.Conversation!.ConversationType);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"type\":5}")]
    [InlineData("{\"type\":\"message\",\"timestamp\":\"gisteren\"}")]
    public void Deserialize_MalformedInput_ThrowsJsonException(string json)
    {
        Assert.Throws<JsonException>(() => ActivitySerializer.Deserialize(json));
    }

    [Fact]
    public void Deserialize_TooDeeplyNested_ThrowsJsonException()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200);

        Assert.Throws<JsonException>(() => ActivitySerializer.Deserialize($$"""{"type":"message","value":{{deep}}}"""));
    }

    [Fact]
    public void AddressReply_SwapsSenderAndRecipient_AndSetsReplyToId()
    {
        var incoming = ActivitySerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Activities", "directline-message-to-bot.json")));

        var reply = incoming.AddressReply(Activity.CreateMessage("Waarmee kan ik je helpen?"));

        Assert.Equal(incoming.Recipient, reply.From);
        Assert.Equal(incoming.From, reply.Recipient);
        Assert.Equal(incoming.Conversation, reply.Conversation);
        Assert.Equal(incoming.Id, reply.ReplyToId);
        Assert.Equal("directline", reply.ChannelId);
        Assert.Equal("nl-NL", reply.Locale);
    }

    [Fact]
    public void ConversationReference_TakesUserBotAndConversation()
    {
        var incoming = ActivitySerializer.Deserialize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Activities", "teams-personal-message.json")));

        var reference = incoming.GetConversationReference();

        Assert.Equal(incoming.From, reference.User);
        Assert.Equal(incoming.Recipient, reference.Bot);
        Assert.Equal("https://smba.trafficmanager.net/emea/", reference.ServiceUrl);
        Assert.Equal(incoming.Id, reference.ActivityId);
    }
}
