using System.Collections.Concurrent;
using System.Globalization;
using IntakeBot.Dialogs.Builder;
using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Testing;

/// <summary>An in-memory channel for conversation tests: it makes user activities and queues the bot's replies.</summary>
public sealed class TestAdapter : BotAdapter
{
    private readonly ConcurrentQueue<Activity> _replies = new();
    private readonly ConcurrentDictionary<string, Activity> _sent = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private int _nextId;

    /// <summary>Creates the adapter for one conversation.</summary>
    public TestAdapter(string channelId = "test", string? conversationId = null, string? locale = "nl-NL", TimeProvider? time = null, string? conversationType = null)
    {
        _time = time ?? new ManualTimeProvider();
        Conversation = new ConversationReference
        {
            ChannelId = channelId,
            ServiceUrl = "https://test.invalid",
            User = new ChannelAccount { Id = "user1", Name = "Gebruiker", Role = RoleTypes.User },
            Bot = new ChannelAccount { Id = "bot", Name = "IntakeBot", Role = RoleTypes.Bot },
            Conversation = new ConversationAccount { Id = conversationId ?? "conv-" + Guid.NewGuid().ToString("N")[..8], ConversationType = conversationType },
            Locale = locale,
        };
    }

    /// <summary>The conversation the adapter talks in.</summary>
    public ConversationReference Conversation { get; }

    /// <summary>Every activity the bot sent that is still current (updates applied, deletes removed), by id.</summary>
    public IReadOnlyDictionary<string, Activity> Sent => _sent;

    /// <summary>A message from the user, addressed to the bot in this conversation.</summary>
    public Activity MakeActivity(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = NextId(),
        Timestamp = _time.GetUtcNow(),
        ChannelId = Conversation.ChannelId,
        ServiceUrl = Conversation.ServiceUrl,
        From = Conversation.User,
        Recipient = Conversation.Bot,
        Conversation = Conversation.Conversation,
        Locale = Conversation.Locale,
        Text = text,
    };

    /// <summary>Runs a turn for <paramref name="activity"/>, filling in the conversation's addressing where it is missing.</summary>
    public Task<TurnResult> SendActivityToBotAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var template = MakeActivity();
        var complete = activity with
        {
            Type = activity.Type ?? ActivityTypes.Message,
            Id = activity.Id ?? template.Id,
            Timestamp = activity.Timestamp ?? template.Timestamp,
            ChannelId = activity.ChannelId ?? template.ChannelId,
            ServiceUrl = activity.ServiceUrl ?? template.ServiceUrl,
            From = activity.From ?? template.From,
            Recipient = activity.Recipient ?? template.Recipient,
            Conversation = activity.Conversation ?? template.Conversation,
            Locale = activity.Locale ?? template.Locale,
        };
        return ProcessActivityAsync(complete, callback, cancellationToken);
    }

    /// <summary>Runs a turn for a text message.</summary>
    public Task<TurnResult> SendTextToBotAsync(string text, BotCallbackHandler callback, CancellationToken cancellationToken = default) =>
        ProcessActivityAsync(MakeActivity(text), callback, cancellationToken);

    /// <summary>The next reply the bot sent, or <c>null</c> when there is none.</summary>
    public Activity? GetNextReply() => _replies.TryDequeue(out var reply) ? reply : null;

    /// <summary>The number of replies not yet read.</summary>
    public int PendingReplies => _replies.Count;

    /// <inheritdoc />
    public override Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var responses = new List<ResourceResponse>(activities.Count);
        foreach (var activity in activities)
        {
            var sent = activity with { Id = activity.Id ?? NextId(), Timestamp = _time.GetUtcNow() };
            _sent[sent.Id!] = sent;
            _replies.Enqueue(sent);
            responses.Add(new ResourceResponse(sent.Id!));
        }

        return Task.FromResult<IReadOnlyList<ResourceResponse>>(responses);
    }

    /// <inheritdoc />
    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(activity.Id);
        if (!_sent.ContainsKey(activity.Id))
        {
            throw new InvalidOperationException($"No activity with id '{activity.Id}' was sent.");
        }

        _sent[activity.Id] = activity;
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    /// <inheritdoc />
    public override Task DeleteActivityAsync(ITurnContext turnContext, string activityId, CancellationToken cancellationToken)
    {
        if (!_sent.TryRemove(activityId, out _))
        {
            throw new InvalidOperationException($"No activity with id '{activityId}' was sent.");
        }

        return Task.CompletedTask;
    }

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
}
