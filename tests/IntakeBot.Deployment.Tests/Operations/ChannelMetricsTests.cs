using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using IntakeBot.Dialogs.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Deployment.Tests.Operations;

/// <summary>Both channel adapters of the real host report turns to the host's "IntakeBot" meter.</summary>
public sealed class ChannelMetricsTests
{
    [Fact]
    public async Task DirectLineAndBotConnectorTurns_AreCounted()
    {
        await using var host = new OperationsHost(services => services.AddSingleton<IBot>(new SlowBot()), environment: "Development");
        using var http = new HttpClient { BaseAddress = host.StartKestrel() };
        using var recorder = new MeasurementRecorder(host.Services.GetRequiredService<IMeterFactory>());

        var (conversationId, token, _) = await DirectLineCalls.StartAsync(http);
        using var directLine = await DirectLineCalls.SayAsync(http, conversationId, token, "hoi");
        // Emulator mode (no app id, Development, loopback): expectReplies answers in the response, nothing goes out.
        using var connector = await http.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(
            """{"type":"message","id":"a1","channelId":"emulator","serviceUrl":"http://127.0.0.1:9","deliveryMode":"expectReplies","conversation":{"id":"c1"},"from":{"id":"u1"},"recipient":{"id":"b1"},"text":"hoi"}""",
            Encoding.UTF8,
            "application/json"));

        Assert.Equal(HttpStatusCode.OK, directLine.StatusCode);
        Assert.Equal(HttpStatusCode.OK, connector.StatusCode);
        var channels = recorder.Of("intakebot.turns").Select(turn => turn.Tags["channel"]).ToList();
        Assert.Contains("directline", channels);
        Assert.Contains("emulator", channels);
    }
}
