using IntakeBot.Bot.Operations.Limits;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Fuzz.Tests.Support;

namespace IntakeBot.Fuzz.Tests.Limits;

/// <summary>
/// A message over Limits:MaxMessageCharacters is not refused: the bot reads the first part and first says, in the
/// user's language, where it stopped, so the user can send the rest. A body over MaxActivityBytes is a 413.
/// </summary>
public sealed class MessageLengthTests : IDisposable
{
    private readonly FuzzHost _host = new(settings: [("Limits:MaxMessageCharacters", "50")]);
    private readonly DirectLineCalls _calls;

    public MessageLengthTests() => _calls = new DirectLineCalls(_host.CreateClient());

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData("nl-NL", "Dit bericht is erg lang")]
    [InlineData("en-GB", "This message is very long")]
    public void ALongMessage_GetsAFriendlyNotice_NamingWhereTheBotStopped(string locale, string notice)
    {
        var (conversationId, token) = _calls.Start();
        var words = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"woord{i}"));

        var (status, id) = _calls.Say(conversationId, token, words, locale);

        Assert.Equal(200, status);
        var replies = _calls.RepliesTo(conversationId, token, id!);
        Assert.StartsWith(notice, replies[0], StringComparison.Ordinal);
        // The first 50 characters end just after "woord7 w": the notice quotes the last words read.
        Assert.Contains("woord6 woord7 w\"", replies[0], StringComparison.Ordinal);
        Assert.True(replies.Count > 1, "the bot answers the message too");
    }

    [Fact]
    public void AShortMessage_GetsNoNotice()
    {
        var (conversationId, token) = _calls.Start();

        var (_, id) = _calls.Say(conversationId, token, "Nederlands");

        Assert.DoesNotContain(_calls.RepliesTo(conversationId, token, id!), reply => reply.Contains("erg lang", StringComparison.Ordinal));
    }

    [Fact]
    public void ABodyOverMaxActivityBytes_Is413_MessageSizeTooBig()
    {
        var (conversationId, token) = _calls.Start();
        var body = System.Text.Json.JsonSerializer.Serialize(new { type = "message", text = new string('a', 300_000) });

        using var response = _calls.Send(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, DirectLineCalls.Json(body));

        Assert.Equal(System.Net.HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("MessageSizeTooBig", ErrorBodies.ErrorCode(response, "413"));
    }

    [Theory]
    [InlineData(10, "aaaaaaaaa\uD83D\uDE00", "aaaaaaaaa")]
    [InlineData(10, "short", "short")]
    [InlineData(0, "no limit at all", "no limit at all")]
    public void TheCut_NeverSplitsASurrogatePair(int max, string text, string kept)
    {
        var activity = MessageLengthLimit.Apply(Activity.CreateMessage(text), max);

        Assert.Equal(kept, activity.Text);
        Assert.Equal(kept != text, MessageLengthLimit.WasCut(activity));
    }
}
