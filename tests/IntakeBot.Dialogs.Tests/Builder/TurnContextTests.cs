using System.Text.Json;
using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Testing;

namespace IntakeBot.Dialogs.Tests.Builder;

public sealed class TurnContextTests
{
    private readonly TestAdapter _adapter = new();

    [Fact]
    public async Task SendActivity_AddressesTheReply()
    {
        var incoming = _adapter.MakeActivity("hoi");
        var context = new TurnContext(_adapter, incoming);

        await context.SendActivityAsync("hallo");

        var reply = _adapter.GetNextReply()!;
        Assert.Equal(incoming.Recipient, reply.From);
        Assert.Equal(incoming.From, reply.Recipient);
        Assert.Equal(incoming.Id, reply.ReplyToId);
        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.True(context.Responded);
    }

    [Fact]
    public async Task ExpectReplies_BuffersInsteadOfSending()
    {
        var context = new TurnContext(_adapter, _adapter.MakeActivity("hoi") with { DeliveryMode = DeliveryModes.ExpectReplies });

        var response = await context.SendActivityAsync("een");
        await context.SendActivityAsync("twee");

        Assert.Equal(string.Empty, response.Id);
        Assert.Equal(["een", "twee"], context.BufferedReplyActivities.Select(a => a.Text));
        Assert.Null(_adapter.GetNextReply());
    }

    [Fact]
    public async Task InvokeResponse_IsCapturedAndNotSent()
    {
        var context = new TurnContext(_adapter, _adapter.MakeActivity() with { Type = ActivityTypes.Invoke, Name = "adaptiveCard/action" });
        var body = JsonSerializer.SerializeToElement(new InvokeResponse(200, JsonSerializer.SerializeToElement(new { statusCode = 200 })), ActivitySerializer.Options);

        await context.SendActivityAsync(new Activity { Type = ActivityTypes.InvokeResponse, Value = body });

        Assert.Equal(200, context.InvokeResponse!.Status);
        Assert.Null(_adapter.GetNextReply());
        Assert.False(context.Responded);
    }

    [Fact]
    public async Task Trace_ReachesOnlyTheEmulator()
    {
        var context = new TurnContext(_adapter, _adapter.MakeActivity("hoi"));
        await context.SendActivityAsync(new Activity { Type = ActivityTypes.Trace, Label = "debug" });
        Assert.Null(_adapter.GetNextReply());

        var emulator = new TestAdapter(channelId: "emulator");
        await new TurnContext(emulator, emulator.MakeActivity("hoi")).SendActivityAsync(new Activity { Type = ActivityTypes.Trace, Label = "debug" });
        Assert.Equal(ActivityTypes.Trace, emulator.GetNextReply()!.Type);
    }

    [Fact]
    public async Task OnSendActivities_HooksRunInOrder_AndCanReplaceOrSuppress()
    {
        var context = new TurnContext(_adapter, _adapter.MakeActivity("hoi"));
        var seen = new List<string>();
        context.OnSendActivities((ctx, activities, next) =>
        {
            seen.Add("first:" + activities[0].Text);
            return next();
        });
        context.OnSendActivities((ctx, activities, next) =>
        {
            seen.Add("second:" + activities[0].Text);
            return activities[0].Text == "geheim" ? Task.FromResult<IReadOnlyList<ResourceResponse>>([]) : next();
        });

        await context.SendActivityAsync("open");
        await context.SendActivityAsync("geheim");

        Assert.Equal(["first:open", "second:open", "first:geheim", "second:geheim"], seen);
        Assert.Equal("open", _adapter.GetNextReply()!.Text);
        Assert.Null(_adapter.GetNextReply());
    }

    [Fact]
    public async Task UpdateAndDelete_GoToTheAdapter()
    {
        var context = new TurnContext(_adapter, _adapter.MakeActivity("hoi"));
        var sent = await context.SendActivityAsync("Kies een knop");

        await context.UpdateActivityAsync(Activity.CreateMessage("Je koos: Klacht") with { Id = sent.Id });
        Assert.Equal("Je koos: Klacht", _adapter.Sent[sent.Id].Text);

        await context.DeleteActivityAsync(sent.Id);
        Assert.False(_adapter.Sent.ContainsKey(sent.Id));
    }

    [Fact]
    public async Task UpdateOfUnknownActivity_Throws()
    {
        var context = new TurnContext(_adapter, _adapter.MakeActivity("hoi"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => context.UpdateActivityAsync(Activity.CreateMessage("x") with { Id = "nope" }));
    }

    [Fact]
    public void TurnState_IsTypedAndKeyed()
    {
        var context = new TurnContext(_adapter, _adapter.MakeActivity("hoi"));
        context.TurnState.Set("answer", 42);
        context.TurnState.Set(new Uri("https://example.invalid"));

        Assert.Equal(42, context.TurnState.Get<int>("answer"));
        Assert.Null(context.TurnState.Get<string>("answer"));
        Assert.Equal("example.invalid", context.TurnState.Get<Uri>()!.Host);
        Assert.True(context.TurnState.Remove("answer"));
    }
}
