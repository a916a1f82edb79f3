using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using IntakeBot.Fuzz.Tests.Support;

namespace IntakeBot.Fuzz.Tests;

/// <summary>
/// The same hostile bodies against <c>/api/messages</c> in local emulator mode (Development, loopback, no app id),
/// as activities with <c>deliveryMode: expectReplies</c> where they parse, so the real intake bot runs every turn.
/// Never a 5xx (a 501 only for an invoke, as documented), errors in the Bot Framework shape, and afterwards a normal
/// turn still gets its replies.
/// </summary>
public sealed class EmulatorFuzzTests : IDisposable
{
    private readonly FuzzHost _host = FuzzHost.WithoutRateLimits("Development");
    private readonly HttpClient _http;

    public EmulatorFuzzTests() => _http = _host.CreateClient();

    public void Dispose()
    {
        _http.Dispose();
        _host.Dispose();
    }

    /// <summary>A hostile activity made routable: a conversation id, the emulator channel and expectReplies.</summary>
    private static Gen<byte[]> Bodies { get; } = Gen.Frequency(
        (3, from activity in HostileInputs.Activity
            from conversation in Gen.Elements("fuzz-a", "fuzz-b", "", "😀\u202E", new string('c', 3000))
            select Encoding.UTF8.GetBytes(activity[..^1] + $",\"conversation\":{{\"id\":{JsonSerializer.Serialize(conversation)}}},\"channelId\":\"emulator\",\"deliveryMode\":\"expectReplies\",\"serviceUrl\":\"http://127.0.0.1:9/\"}}")),
        (2, HostileInputs.Body));

    [Fact]
    public void AnyBody_IsAnsweredWithoutA5xx_InTheErrorShape_AndTheBotStillAnswers()
    {
        Prop.ForAll(Bodies.ToArbitrary(), Gen.Elements(HostileInputs.ContentTypes).ToArbitrary(), (body, contentType) =>
        {
            using var content = new ByteArrayContent(body);
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            using var response = _http.PostAsync("/api/messages", content).GetAwaiter().GetResult();
            var text = Encoding.UTF8.GetString(body);
            ErrorBodies.AssertWellFormed(response, ErrorBodies.Shorten(text), invoke: text.Contains("\"invoke\"", StringComparison.Ordinal));
        }).Check(FuzzRuns.Cases(150, 5_000));

        AssertATurnStillWorks();
    }

    private void AssertATurnStillWorks()
    {
        var activity = """{"type":"message","text":"Nederlands","channelId":"emulator","deliveryMode":"expectReplies","serviceUrl":"http://127.0.0.1:9/","conversation":{"id":"fuzz-after"},"from":{"id":"u1"},"recipient":{"id":"bot"}}""";
        using var content = new StringContent(activity, Encoding.UTF8, "application/json");
        using var response = _http.PostAsync("/api/messages", content).GetAwaiter().GetResult();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
        Assert.NotEqual(0, json.RootElement.GetProperty("activities").GetArrayLength());
    }
}
