using System.Net;
using System.Text.Json;
using IntakeBot.Dialogs;
using IntakeBot.Dialogs.Choices;
using IntakeBot.Dialogs.Prompts;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Dialogs.Waterfall;
using IntakeBot.Testing;

namespace IntakeBot.Bot.Tests.BotConnector;

/// <summary>Teams through /api/messages: choices as card buttons, card submissions as answers, a missing locale left missing.</summary>
public sealed class TeamsTests : IAsyncLifetime
{
    private readonly TestSigningKey _key = new("teams-key", "msteams");
    private FakeBotFrameworkServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeBotFrameworkServer.StartAsync(_key);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _key.Dispose();
    }

    [Fact]
    public async Task FourChoices_BecomeHeroCardButtons_AndACardSubmitAnswersThePrompt()
    {
        await using var host = new ConnectorHost(ConnectorHost.Authenticated(_server), bot: ChoiceBot("Compliment", "Klacht", "Signaal", "Bezwaar"));
        using var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, await PostAsync(host, client, ConnectorRequests.Message(_server.ServiceUrl, "hoi")));
        var question = ActivitySerializer.Deserialize(_server.ConnectorRequests[^1].Body);
        Assert.Null(question.SuggestedActions);
        var card = Assert.Single(question.Attachments!);
        Assert.Equal(ChoiceFactory.HeroCardContentType, card.ContentType);
        var buttons = card.Content!.Value.GetProperty("buttons").EnumerateArray().ToList();
        Assert.Equal(["Compliment", "Klacht", "Signaal", "Bezwaar"], buttons.Select(b => b.GetProperty("value").GetString()));
        Assert.All(buttons, b => Assert.Equal("imBack", b.GetProperty("type").GetString()));

        // An Adaptive Card Action.Submit arrives as a message with no text and the data in value.
        var submit = ConnectorRequests.Message(_server.ServiceUrl) with
        {
            Id = "act-2",
            Text = null,
            Value = JsonSerializer.SerializeToElement(new { choice = "Klacht" }),
        };
        Assert.Equal(HttpStatusCode.OK, await PostAsync(host, client, submit));
        Assert.Equal("result: Klacht", ActivitySerializer.Deserialize(_server.ConnectorRequests[^1].Body).Text);
    }

    [Fact]
    public async Task ThreeChoices_AreSuggestedActions_InAPersonalChat()
    {
        await using var host = new ConnectorHost(ConnectorHost.Authenticated(_server), bot: ChoiceBot("Ja", "Nee", "Weet ik niet"));
        using var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, await PostAsync(host, client, ConnectorRequests.Message(_server.ServiceUrl, "hoi")));

        var question = ActivitySerializer.Deserialize(_server.ConnectorRequests[^1].Body);
        Assert.Equal(3, question.SuggestedActions?.Actions?.Count);
        Assert.Null(question.Attachments);
    }

    [Fact]
    public async Task AMissingLocale_StaysMissing_SoTheBotCanUseTheUsersStoredLanguage()
    {
        await using var host = new ConnectorHost(ConnectorHost.Authenticated(_server));
        using var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, await PostAsync(host, client, ConnectorRequests.Message(_server.ServiceUrl, "hallo") with { Locale = null }));

        Assert.Equal("echo: hallo (no locale)", ActivitySerializer.Deserialize(_server.ConnectorRequests[^1].Body).Text);
    }

    private static DialogTestBot ChoiceBot(params string[] choices)
    {
        var root = new ComponentDialog("root");
        root.AddDialog(new WaterfallDialog("w", [
            (step, ct) => step.PromptAsync("choice", new PromptOptions { Prompt = Activity.CreateMessage("Waar gaat het over?"), Choices = [.. choices.Select(c => Choice.Of(c))] }, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"result: {((FoundChoice)step.Result!).Value}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]));
        root.AddDialog(new ChoicePrompt("choice"));
        return new DialogTestBot(root);
    }

    private async Task<HttpStatusCode> PostAsync(ConnectorHost host, HttpClient client, Activity activity)
    {
        var token = TestTokens.Rs256(_key, TestTokens.Claims(host.Clock.GetUtcNow(), _server.ServiceUrl));
        using var response = await client.SendAsync(ConnectorRequests.Post(activity, token));
        return response.StatusCode;
    }
}
