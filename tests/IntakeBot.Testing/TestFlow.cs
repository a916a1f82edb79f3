using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Schema;
using Xunit;

namespace IntakeBot.Testing;

/// <summary>
/// A conversation test written as a chain: <c>new TestFlow(adapter, bot).Send("hoi").AssertReply("Hallo!").StartTestAsync()</c>.
/// Each <c>Send</c> runs the whole turn before the next step, so replies are asserted in order and nothing races.
/// </summary>
public sealed class TestFlow
{
    private readonly TestAdapter _adapter;
    private readonly BotCallbackHandler _callback;
    private readonly IReadOnlyList<Func<Task>> _steps;

    /// <summary>Starts an empty flow.</summary>
    public TestFlow(TestAdapter adapter, BotCallbackHandler callback)
        : this(adapter, callback, [])
    {
    }

    private TestFlow(TestAdapter adapter, BotCallbackHandler callback, IReadOnlyList<Func<Task>> steps)
    {
        _adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        _callback = callback ?? throw new ArgumentNullException(nameof(callback));
        _steps = steps;
    }

    /// <summary>The user sends <paramref name="text"/>.</summary>
    public TestFlow Send(string text) => Then(() => _adapter.SendTextToBotAsync(text, _callback));

    /// <summary>The user sends <paramref name="activity"/> (missing addressing is filled in).</summary>
    public TestFlow Send(Activity activity) => Then(() => _adapter.SendActivityToBotAsync(activity, _callback));

    /// <summary>The next reply is a message with exactly <paramref name="expectedText"/>.</summary>
    public TestFlow AssertReply(string expectedText) => AssertReply(reply => Assert.Equal(expectedText, reply.Text));

    /// <summary>The next reply passes <paramref name="check"/>.</summary>
    public TestFlow AssertReply(Action<Activity> check) => Then(() =>
    {
        var reply = _adapter.GetNextReply();
        Assert.True(reply is not null, "Expected a reply from the bot, but there was none.");
        check(reply);
        return Task.CompletedTask;
    });

    /// <summary>The next reply is one of <paramref name="candidates"/>.</summary>
    public TestFlow AssertReplyOneOf(params string[] candidates) => AssertReply(reply => Assert.Contains(reply.Text, candidates));

    /// <summary>The next reply contains <paramref name="fragment"/>.</summary>
    public TestFlow AssertReplyContains(string fragment) => AssertReply(reply => Assert.Contains(fragment, reply.Text ?? string.Empty, StringComparison.Ordinal));

    /// <summary>The bot sent nothing (more).</summary>
    public TestFlow AssertNoReply() => Then(() =>
    {
        var reply = _adapter.GetNextReply();
        Assert.True(reply is null, $"Expected no reply, but the bot said: '{reply?.Text}' ({reply?.Type}).");
        return Task.CompletedTask;
    });

    /// <summary>Runs any check between steps.</summary>
    public TestFlow Then(Func<Task> step) => new(_adapter, _callback, [.. _steps, step]);

    /// <summary>Runs the steps in order.</summary>
    public async Task StartTestAsync()
    {
        foreach (var step in _steps)
        {
            await step().ConfigureAwait(false);
        }
    }
}
