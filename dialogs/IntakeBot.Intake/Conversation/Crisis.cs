using IntakeBot.Content.Model;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Intake.Conversation;

/// <summary>
/// Every message is checked for danger, violence or suicidal thoughts first. A crisis stops the current question:
/// the help lines come at once, as text and as call buttons; afterwards the user chooses to go on or stop.
/// </summary>
internal static class Crisis
{
    public static async Task<bool> CheckAsync(IntakeTurn turn, string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !turn.Services.Classifier.CrisisDetector.Detect(text).IsCrisis)
        {
            return false;
        }

        await SendHelpAsync(turn).ConfigureAwait(false);
        turn.State.Aside = QuestionIds.CrisisContinue;
        turn.State.Attempts = 0;
        await turn.AskAsync(QuestionIds.CrisisContinue).ConfigureAwait(false);
        return true;
    }

    private static Task SendHelpAsync(IntakeTurn turn)
    {
        var buttons = turn.Services.Catalog.CrisisContacts
            .Select(c => (Contact: c, Phone: c.Channels.FirstOrDefault(ch => ch.Type == ChannelType.Phone && ch.Value is not null)?.Value))
            .Where(c => c.Phone is not null)
            .Select(c => new CardAction
            {
                Type = ActionTypes.OpenUrl,
                Title = $"{c.Contact.Name} {c.Phone}",
                Value = System.Text.Json.JsonSerializer.SerializeToElement("tel:" + new string([.. c.Phone!.Where(ch => char.IsDigit(ch) || ch == '+')])),
            })
            .ToList();
        var message = Activity.CreateMessage(turn.Text("crisis.message")) with
        {
            Attachments = buttons.Count == 0 ? null : [new Attachment { ContentType = Dialogs.Choices.ChoiceFactory.HeroCardContentType, Content = System.Text.Json.JsonSerializer.SerializeToElement(new { buttons }, ActivitySerializer.Options) }],
            Importance = "high",
        };
        return turn.Context.SendActivityAsync(message with { Locale = turn.Locale });
    }
}
