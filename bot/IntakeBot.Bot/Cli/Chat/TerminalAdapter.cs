using System.Text.Json;
using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Bot.Cli.Chat;

/// <summary>
/// A channel for the terminal: the bot's messages are printed as they would be shown, buttons (suggested actions
/// and card buttons) as numbered choices. <see cref="Buttons"/> holds the last ones so that "2" can answer with the
/// second button's value.
/// </summary>
internal sealed class TerminalAdapter(TextWriter output) : BotAdapter
{
    public IReadOnlyList<CardAction> Buttons { get; private set; } = [];

    public override async Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var responses = new List<ResourceResponse>();
        foreach (var activity in activities.Where(a => a.IsMessage))
        {
            if (!string.IsNullOrEmpty(activity.Text))
            {
                await output.WriteLineAsync("bot> " + activity.Text.ReplaceLineEndings(Environment.NewLine + "     ")).ConfigureAwait(false);
            }

            var buttons = ButtonsOf(activity);
            if (buttons.Count > 0)
            {
                Buttons = buttons;
                for (var i = 0; i < buttons.Count; i++)
                {
                    await output.WriteLineAsync($"     {i + 1}. {buttons[i].Title}").ConfigureAwait(false);
                }
            }

            if (activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("caseReference", out var reference))
            {
                await output.WriteLineAsync($"     [channelData.caseReference = {reference.GetString()}]").ConfigureAwait(false);
            }

            responses.Add(new ResourceResponse(Guid.NewGuid().ToString("N")));
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return responses;
    }

    /// <summary>What a typed line means: a number picks a button, anything else is the text itself.</summary>
    public string Interpret(string line)
    {
        var trimmed = line.Trim();
        if (int.TryParse(trimmed, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= Buttons.Count)
        {
            var button = Buttons[number - 1];
            return button.Value is { ValueKind: JsonValueKind.String } value ? value.GetString() ?? button.Title ?? trimmed : button.Title ?? trimmed;
        }

        return line;
    }

    private static List<CardAction> ButtonsOf(Activity activity)
    {
        var buttons = new List<CardAction>();
        buttons.AddRange(activity.SuggestedActions?.Actions ?? []);
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.Content is { ValueKind: JsonValueKind.Object } card && card.TryGetProperty("buttons", out var list))
            {
                buttons.AddRange(list.Deserialize<List<CardAction>>(ActivitySerializer.Options) ?? []);
            }
        }

        return buttons;
    }
}
