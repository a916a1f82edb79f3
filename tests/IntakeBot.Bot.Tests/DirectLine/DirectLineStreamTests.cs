using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace IntakeBot.Bot.Tests.DirectLine;

public sealed class DirectLineStreamTests : IDisposable
{
    private readonly DirectLineHost _host = new();
    private readonly DirectLineClient _client;

    public DirectLineStreamTests() => _client = new DirectLineClient(_host.CreateClient());

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Stream_SendsTheBacklog_ThenNewActivitiesIncludingTyping_AndEmptyKeepAlives()
    {
        var (conversationId, token, streamUrl) = await _client.StartWithStreamAsync();
        using var socket = await DirectLineSocket.ConnectAsync(_host, streamUrl);

        var (backlog, first) = await socket.ReceiveSetAsync();
        Assert.Equal("welkom", Assert.Single(backlog).GetProperty("text").GetString());
        Assert.Equal("1", first);

        await socket.SendTextAsync(string.Empty);
        await _client.SayAsync(conversationId, token, "typ", clientActivityId: "c-1");
        var received = new List<JsonElement>();
        var watermark = first;
        while (received.Count < 3)
        {
            var (activities, next) = await socket.ReceiveSetAsync();
            received.AddRange(activities);
            watermark = next;
        }

        Assert.Equal(["message", "typing", "message"], received.Select(activity => activity.GetProperty("type").GetString()));
        Assert.Equal("c-1", received[0].GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("4", watermark);
        Assert.Equal(string.Empty, await socket.ReceiveAsync());
    }

    [Fact]
    public async Task Stream_FromAWatermark_SkipsWhatTheClientHas()
    {
        var (conversationId, token, _) = await _client.StartWithStreamAsync();
        await _client.SayAsync(conversationId, token, "een");
        using var reconnect = await _client.GetAsync($"/v3/directline/conversations/{conversationId}?watermark=2", token);
        using var json = await DirectLineClient.ReadJsonAsync(reconnect);

        using var socket = await DirectLineSocket.ConnectAsync(_host, json.RootElement.GetProperty("streamUrl").GetString()!);

        var (activities, watermark) = await socket.ReceiveSetAsync();
        Assert.Equal("echo: een", Assert.Single(activities).GetProperty("text").GetString());
        Assert.Equal("3", watermark);
    }

    [Fact]
    public async Task A_closed_stream_leaves_nothing_behind_for_its_conversation()
    {
        var notifier = _host.Services.GetRequiredService<IntakeBot.Bot.Channels.DirectLine.DirectLineNotifier>();
        var (_, _, streamUrl) = await _client.StartWithStreamAsync();
        var socket = await DirectLineSocket.ConnectAsync(_host, streamUrl);
        await socket.ReceiveSetAsync();
        await DirectLineSocket.WaitUntilAsync(() => notifier.Waiting == 1);

        socket.Dispose();

        await DirectLineSocket.WaitUntilAsync(() => notifier.Waiting == 0);
        Assert.Equal(0, notifier.Waiting);
    }

    [Fact]
    public async Task An_append_nobody_announced_reaches_the_socket_by_the_next_keep_alive()
    {
        var notifier = _host.Services.GetRequiredService<IntakeBot.Bot.Channels.DirectLine.DirectLineNotifier>();
        var store = _host.Services.GetRequiredService<IntakeBot.Storage.DirectLine.IDirectLineStore>();
        var (conversationId, _, streamUrl) = await _client.StartWithStreamAsync();
        using var socket = await DirectLineSocket.ConnectAsync(_host, streamUrl);
        await socket.ReceiveSetAsync();
        await DirectLineSocket.WaitUntilAsync(() => notifier.Waiting == 1);

        // As if another instance's notification was lost: the log grows and nobody says so.
        await store.AppendAsync(
            conversationId,
            [new IntakeBot.Storage.DirectLine.DirectLineEntry("message", (sequence, _) => $$"""{"type":"message","id":"{{IntakeBot.Bot.Channels.DirectLine.DirectLineIds.ActivityId(conversationId, sequence)}}","text":"stil"}""")],
            DateTimeOffset.UtcNow);

        // The test host's keep-alive interval is 200 ms; the socket reads the log when it has been quiet that long.
        var (activities, watermark) = await socket.ReceiveSetAsync();
        Assert.Equal("stil", Assert.Single(activities).GetProperty("text").GetString());
        Assert.Equal("2", watermark);
    }

    [Fact]
    public async Task Stream_WithoutAWebSocket_Is400()
    {
        var (conversationId, token, _) = await _client.StartWithStreamAsync();

        using var response = await _client.GetAsync($"/v3/directline/conversations/{conversationId}/stream?t={token}", null);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }
}
