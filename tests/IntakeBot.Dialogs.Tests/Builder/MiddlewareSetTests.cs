using IntakeBot.Dialogs.Builder;
using IntakeBot.Testing;

namespace IntakeBot.Dialogs.Tests.Builder;

public sealed class MiddlewareSetTests
{
    [Fact]
    public async Task Middleware_RunsInOrderAroundTheBot()
    {
        var log = new List<string>();
        var adapter = new TestAdapter();
        adapter.Use(new Recording("a", log)).Use(new Recording("b", log));

        await adapter.SendTextToBotAsync("hoi", (ctx, ct) =>
        {
            log.Add("bot");
            return Task.CompletedTask;
        });

        Assert.Equal(["a:before", "b:before", "bot", "b:after", "a:after"], log);
    }

    [Fact]
    public async Task Middleware_CanEndTheTurn()
    {
        var botRan = false;
        var adapter = new TestAdapter();
        adapter.Use(new ShortCircuit());

        await adapter.SendTextToBotAsync("hoi", (ctx, ct) =>
        {
            botRan = true;
            return Task.CompletedTask;
        });

        Assert.False(botRan);
        Assert.Equal("stopped", adapter.GetNextReply()!.Text);
    }

    private sealed class Recording(string name, List<string> log) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            log.Add(name + ":before");
            await next(cancellationToken);
            log.Add(name + ":after");
        }
    }

    private sealed class ShortCircuit : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) =>
            turnContext.SendActivityAsync("stopped", cancellationToken: cancellationToken);
    }
}
