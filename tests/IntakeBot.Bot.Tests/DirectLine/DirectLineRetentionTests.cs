using IntakeBot.Bot.Channels.DirectLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IntakeBot.Bot.Tests.DirectLine;

public sealed class DirectLineRetentionTests : IDisposable
{
    private readonly DirectLineHost _host = new(("DirectLine:Retention", "1.00:00:00"));

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Cleanup_RemovesConversationsIdleLongerThanTheRetention_AndKeepsActiveOnes()
    {
        var client = new DirectLineClient(_host.CreateClient());
        var (idle, _) = await client.StartAsync();
        _host.Clock.Advance(TimeSpan.FromHours(20));
        var (active, _) = await client.StartAsync();
        _host.Clock.Advance(TimeSpan.FromHours(3));
        var service = _host.Services.GetServices<IHostedService>().OfType<DirectLineRetentionService>().Single();

        var none = await service.CleanOnceAsync(CancellationToken.None);
        _host.Clock.Advance(TimeSpan.FromHours(2));
        await client.SayAsync(active, DirectLineHost.Secret, "nog actief");
        var removed = await service.CleanOnceAsync(CancellationToken.None);

        Assert.Equal(0, none);
        Assert.Equal(1, removed);
        Assert.Null(await _host.Store.GetConversationAsync(idle));
        Assert.NotNull(await _host.Store.GetConversationAsync(active));
    }
}
