using IntakeBot.Casework.Transcripts;
using IntakeBot.Dialogs.Builder;

namespace IntakeBot.Bot.Transcripts;

/// <summary>Puts <see cref="TranscriptMiddleware"/> on a channel adapter.</summary>
internal static class TranscriptAdapterExtensions
{
    /// <summary>
    /// Adds the transcript middleware when an <see cref="ITranscriptStore"/> is registered (hosts built without the
    /// casework stores, such as some channel tests, run without transcripts). Returns the adapter.
    /// </summary>
    public static TAdapter UseTranscripts<TAdapter>(this TAdapter adapter, IServiceProvider services)
        where TAdapter : BotAdapter
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(services);
        if (services.GetService<ITranscriptStore>() is { } store)
        {
            adapter.Use(new TranscriptMiddleware(store, services.GetService<TimeProvider>() ?? TimeProvider.System));
        }

        return adapter;
    }
}
