using IntakeBot.Content;
using IntakeBot.Content.Loading;
using IntakeBot.Dialogs.Schema;
using IntakeBot.Dialogs.State;
using IntakeBot.Testing;
using IntakeBot.Understanding.Classification;
using IntakeBot.Understanding.Content;

namespace IntakeBot.Intake.Tests.Support;

/// <summary>
/// A conversation with the real intake bot over the test adapter: content from the repository, the real classifier,
/// a fake clock and an in-memory store. <see cref="SendAsync(string)"/> returns the bot's replies to one message.
/// </summary>
internal sealed class IntakeChat
{
    private static readonly Lazy<ContentCatalog> LazyCatalog = new(() => ContentLoader.Load(RepositoryPaths.Content));
    private static readonly Lazy<MessageClassifier> LazyClassifier = new(() => new MessageClassifier(UnderstandingContent.Load(RepositoryPaths.Content)));

    public IntakeChat(string channelId = "test", string? conversationId = null, IStorage? storage = null, InMemoryCases? cases = null, ManualTimeProvider? time = null)
    {
        Time = time ?? new ManualTimeProvider();
        Storage = storage ?? new MemoryStorage();
        Cases = cases ?? new InMemoryCases();
        Services = new IntakeServices(Catalog, LazyClassifier.Value, Cases, Storage, Time);
        Bot = new IntakeBotHandler(Services);
        Adapter = new TestAdapter(channelId, conversationId, time: Time);
    }

    public static ContentCatalog Catalog => LazyCatalog.Value;

    public ManualTimeProvider Time { get; }
    public IStorage Storage { get; }
    public InMemoryCases Cases { get; }
    public IntakeServices Services { get; }
    public IntakeBotHandler Bot { get; }
    public TestAdapter Adapter { get; }

    /// <summary>Every reply so far, in order.</summary>
    public List<Activity> Transcript { get; } = [];

    public Task<IReadOnlyList<Activity>> SendAsync(string text) => SendAsync(Adapter.MakeActivity(text));

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        await Adapter.SendActivityToBotAsync(activity, Bot.OnTurnAsync);
        var replies = new List<Activity>();
        while (Adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply);
        }

        Transcript.AddRange(replies);
        return replies;
    }

    /// <summary>The texts of replies, joined, for "contains" checks.</summary>
    public static string TextOf(IReadOnlyList<Activity> replies) => string.Join("\n", replies.Select(r => r.Text));

    /// <summary>The button labels of the last reply (suggested actions or hero-card buttons).</summary>
    public static IReadOnlyList<string> ButtonsOf(IReadOnlyList<Activity> replies)
    {
        var last = replies.LastOrDefault();
        if (last?.SuggestedActions?.Actions is { Count: > 0 } actions)
        {
            return [.. actions.Select(a => a.Title ?? string.Empty)];
        }

        var card = last?.Attachments?.FirstOrDefault()?.Content;
        if (card is { } content && content.TryGetProperty("buttons", out var buttons))
        {
            return [.. buttons.EnumerateArray().Select(b => b.GetProperty("title").GetString() ?? string.Empty)];
        }

        return [];
    }
}
