using System.Text.Json;
using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Prompts;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Bot.Tests.BotConnector;

/// <summary>
/// Echoes messages as "echo: {answer} ({locale})", twice for "twice"; answers the invoke "test/ok" with 200 and a
/// body, and leaves "test/none" without an invoke response.
/// </summary>
internal sealed class EchoTestBot : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.Invoke)
        {
            if (activity.Name == "test/ok")
            {
                var value = JsonSerializer.SerializeToElement(new { status = 200, body = new { ok = true, echo = activity.Value } });
                await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.InvokeResponse, Value = value }, cancellationToken);
            }

            return;
        }

        if (!activity.IsMessage)
        {
            return;
        }

        var text = $"echo: {PromptInput.GetText(activity)} ({activity.Locale ?? "no locale"})";
        await turnContext.SendActivityAsync(text, cancellationToken: cancellationToken);
        if (activity.Text == "twice")
        {
            await turnContext.SendActivityAsync("and again", cancellationToken: cancellationToken);
        }
    }
}
