using System.Net;
using System.Net.WebSockets;
using IntakeBot.Dialogs.Builder;
using IntakeBot.Storage.DirectLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IntakeBot.Deployment.Tests.Operations;

public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task ATurnInFlight_WhenTheHostStops_CompletesAndItsReplyIsStored()
    {
        var bot = new SlowBot();
        var store = new MemoryDirectLineStore();
        await using var host = new OperationsHost(services =>
        {
            services.AddSingleton<IBot>(bot);
            services.AddSingleton<IDirectLineStore>(store);
        });
        using var http = new HttpClient { BaseAddress = host.StartKestrel() };
        // The slow turn goes on only once the host has begun to stop.
        host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(bot.Release);
        var (conversationId, token, _) = await DirectLineCalls.StartAsync(http);

        var posting = DirectLineCalls.SayAsync(http, conversationId, token, "langzaam");
        await bot.Started;
        await host.DisposeAsync();
        using var response = await posting;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var log = await store.ReadAsync(conversationId, 0, 100);
        Assert.Contains(log, record => record.Json.Contains("\"text\":\"klaar\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OpenChatSockets_AreClosedAsGoingAway_WhenTheHostStops()
    {
        await using var host = new OperationsHost(
            services => services.AddSingleton<IBot>(new SlowBot()),
            settings: [("Hosting:ShutdownTimeout", "00:05:00"), ("DirectLine:KeepAliveInterval", "01:00:00")]);
        using var http = new HttpClient { BaseAddress = host.StartKestrel() };
        var (_, _, streamUrl) = await DirectLineCalls.StartAsync(http);
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None);

        var stopping = host.DisposeAsync().AsTask();
        var buffer = new byte[16 * 1024];
        WebSocketReceiveResult frame;
        do
        {
            frame = await socket.ReceiveAsync(buffer, CancellationToken.None);
        }
        while (frame.MessageType != WebSocketMessageType.Close);
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        await stopping;

        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, frame.CloseStatus);
    }

    [Fact]
    public void ShutdownTimeout_ComesFromConfiguration_AndDefaultsToThirtySeconds()
    {
        using var configured = new OperationsHost(settings: [("Hosting:ShutdownTimeout", "00:01:15")]);
        using var standard = new OperationsHost();

        Assert.Equal(TimeSpan.FromSeconds(75), configured.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
        Assert.Equal(TimeSpan.FromSeconds(30), standard.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }
}
