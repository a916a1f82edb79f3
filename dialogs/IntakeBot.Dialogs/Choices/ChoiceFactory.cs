using System.Text.Json;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Dialogs.Choices;

/// <summary>Adds choices to a question as suggested actions or card buttons, as the channel allows.</summary>
public static class ChoiceFactory
{
    /// <summary>The content type of a hero card.</summary>
    public const string HeroCardContentType = "application/vnd.microsoft.card.hero";

    /// <summary>Returns <paramref name="question"/> with <paramref name="choices"/> rendered for the channel.</summary>
    public static Activity ForChannel(Activity question, IReadOnlyList<Choice> choices, ListStyle style, string? channelId, string? conversationType)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(choices);
        if (choices.Count == 0 || style == ListStyle.None)
        {
            return question;
        }

        if (style == ListStyle.Auto)
        {
            style = choices.Count <= ChannelCapabilities.MaxSuggestedActions(channelId, conversationType) ? ListStyle.SuggestedAction : ListStyle.HeroCard;
        }

        var actions = choices.Select(c => c.Action ?? CardAction.ImBack(c.Value)).ToList();
        if (style == ListStyle.SuggestedAction)
        {
            return question with { SuggestedActions = new SuggestedActions { Actions = actions } };
        }

        var card = new HeroCardContent(actions.Take(ChannelCapabilities.MaxCardButtons(channelId)).ToList());
        var attachment = new Attachment
        {
            ContentType = HeroCardContentType,
            Content = JsonSerializer.SerializeToElement(card, ActivitySerializer.Options),
        };
        return question with { Attachments = [.. question.Attachments ?? [], attachment] };
    }

    private sealed record HeroCardContent(IReadOnlyList<CardAction> Buttons);
}
