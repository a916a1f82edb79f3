using IntakeBot.Content;
using IntakeBot.Content.Model;
using IntakeBot.Content.Texts;
using IntakeBot.Dialogs.Builder;

namespace IntakeBot.Bot.Operations.Limits;

/// <summary>
/// Tells the user, before the bot answers, that their message was cut by <see cref="MessageLengthLimit"/> and where
/// the part the bot read ends, so that they can send the rest (text <c>limits.message.too_long</c>).
/// </summary>
internal sealed class MessageCutNotice(ContentCatalog content) : IntakeBot.Dialogs.Builder.IMiddleware
{
    /// <summary>The text key of the notice.</summary>
    public const string TextKey = "limits.message.too_long";

    private const int EndWords = 6;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (MessageLengthLimit.WasCut(activity))
        {
            var language = Language(activity.Locale);
            var text = new TextRenderer(content.Texts).Render(TextRef.Of(TextKey, TextArgument.Of("end", Ending(activity.Text ?? string.Empty))), language, Register.Je);
            await turnContext.SendActivityAsync(text, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        await next(cancellationToken).ConfigureAwait(false);
    }

    private string Language(string? locale) =>
        locale is { Length: >= 2 } && content.Texts.Languages.Contains(locale[..2].ToLowerInvariant()) ? locale[..2].ToLowerInvariant() : "nl";

    // The last few words the bot read, so the user knows where to go on.
    private static string Ending(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Skip(Math.Max(0, words.Length - EndWords)));
    }
}
