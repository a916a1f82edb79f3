using System.Collections.Concurrent;
using System.Text.Json;
using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Browser.Tests.Support;

/// <summary>
/// A scripted stand-in for the intake bot: a welcome on the webchat/join event, two questions with suggested actions,
/// then a final message whose channelData carries a case reference. It records what the pages sent.
/// </summary>
internal sealed class ScriptedBot : IBot
{
    public const string Welcome = "Welkom bij de testbot.";
    public const string Question1 = "Vraag 1: wie ben jij?";
    public const string Question2 = "Vraag 2: gaat het over je hulp?";
    public const string Final = "Klaar. Je nummer is TEST-1234.";
    public const string CaseReference = "TEST-1234";

    private readonly ConcurrentDictionary<string, int> _steps = new(StringComparer.Ordinal);

    public ConcurrentQueue<Activity> Received { get; } = new();

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        Received.Enqueue(activity);
        var conversation = activity.Conversation?.Id ?? "";
        if (activity.Type == ActivityTypes.Event && activity.Name == "webchat/join")
        {
            _steps[conversation] = 1;
            await turnContext.SendActivityAsync(Welcome, cancellationToken: cancellationToken);
            await turnContext.SendActivityAsync(Ask(Question1, "Ik ben jong", "Ik ben ouder"), cancellationToken);
        }
        else if (activity.Type == ActivityTypes.Event && activity.Name == "intake/language")
        {
            await turnContext.SendActivityAsync("Language: " + activity.Value?.ToString(), cancellationToken: cancellationToken);
        }
        else if (activity.IsMessage)
        {
            var step = _steps.GetValueOrDefault(conversation);
            if (step == 1)
            {
                _steps[conversation] = 2;
                await turnContext.SendActivityAsync(Ask(Question2, "Ja", "Nee"), cancellationToken);
            }
            else if (step == 2)
            {
                _steps[conversation] = 3;
                var final = Activity.CreateMessage(Final) with
                {
                    ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["caseReference"] = CaseReference }),
                };
                await turnContext.SendActivityAsync(final, cancellationToken);
            }
        }
    }

    private static Activity Ask(string question, params string[] choices) =>
        Activity.CreateMessage(question) with
        {
            InputHint = InputHints.ExpectingInput,
            SuggestedActions = new SuggestedActions { Actions = [.. choices.Select(CardAction.ImBack)] },
        };
}
