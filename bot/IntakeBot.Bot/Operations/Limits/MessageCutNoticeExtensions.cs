using IntakeBot.Dialogs.Builder;

namespace IntakeBot.Bot.Operations.Limits;

/// <summary>Puts <see cref="MessageCutNotice"/> on a channel adapter.</summary>
internal static class MessageCutNoticeExtensions
{
    /// <summary>Adds the notice when the host registered the request limits (see <see cref="RequestLimitRegistration"/>). Returns the adapter.</summary>
    public static TAdapter UseMessageCutNotice<TAdapter>(this TAdapter adapter, IServiceProvider services)
        where TAdapter : BotAdapter
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(services);
        if (services.GetService<MessageCutNotice>() is { } notice)
        {
            adapter.Use(notice);
        }

        return adapter;
    }

    /// <summary>The message length limit of the host's request limits; 0 (no cut) when none are registered.</summary>
    public static int MaxMessageCharacters(this HttpContext context) =>
        context.RequestServices.GetService<RequestLimitOptions>()?.MaxMessageCharacters ?? 0;
}
