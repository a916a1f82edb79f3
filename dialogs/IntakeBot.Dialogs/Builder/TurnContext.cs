using IntakeBot.Dialogs.Schema;

namespace IntakeBot.Dialogs.Builder;

/// <summary>The context of one turn. Created by a <see cref="BotAdapter"/>; one per attempt at a turn.</summary>
/// <remarks>
/// Outgoing activities are held in <see cref="BufferedReplyActivities"/> when the adapter buffers the turn
/// (the default, so replies reach the user only after the turn's state was saved) or when the incoming activity
/// asks for <c>expectReplies</c>. Otherwise they go to the adapter at once. Trace activities reach only the
/// Emulator. An <c>invokeResponse</c> activity is never sent; it becomes <see cref="InvokeResponse"/>.
/// </remarks>
public sealed class TurnContext : ITurnContext
{
    private const string EmulatorChannel = "emulator";

    private readonly List<SendActivitiesHandler> _onSendActivities = [];
    private readonly List<Activity> _buffered = [];
    private readonly bool _bufferReplies;

    /// <summary>Creates the context for <paramref name="activity"/>.</summary>
    /// <param name="adapter">The adapter that runs the turn.</param>
    /// <param name="activity">The incoming activity.</param>
    /// <param name="bufferReplies">Hold outgoing activities until the adapter ends the turn.</param>
    public TurnContext(BotAdapter adapter, Activity activity, bool bufferReplies = false)
    {
        Adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        Activity = activity ?? throw new ArgumentNullException(nameof(activity));
        _bufferReplies = bufferReplies || string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
    }

    /// <inheritdoc />
    public BotAdapter Adapter { get; }

    /// <inheritdoc />
    public Activity Activity { get; }

    /// <inheritdoc />
    public TurnStateCollection TurnState { get; } = new();

    /// <inheritdoc />
    public bool Responded { get; private set; }

    /// <summary>The outgoing activities held back in this turn, in order.</summary>
    public IReadOnlyList<Activity> BufferedReplyActivities => _buffered;

    /// <summary>The response to an invoke activity, when the bot set one.</summary>
    public InvokeResponse? InvokeResponse { get; private set; }

    /// <summary>True once an activity went to the channel during the turn rather than into the buffer.</summary>
    public bool SentDirectly { get; private set; }

    /// <inheritdoc />
    public Task<ResourceResponse> SendActivityAsync(string text, string? inputHint = null, CancellationToken cancellationToken = default) =>
        SendActivityAsync(Activity.CreateMessage(text) with { InputHint = inputHint ?? InputHints.AcceptingInput }, cancellationToken);

    /// <inheritdoc />
    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var responses = await SendActivitiesAsync([activity], cancellationToken).ConfigureAwait(false);
        return responses.Count > 0 ? responses[0] : new ResourceResponse(string.Empty);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var addressed = new List<Activity>(activities.Count);
        foreach (var activity in activities)
        {
            var reply = Activity.AddressReply(activity with { Type = activity.Type ?? ActivityTypes.Message });
            if (reply.Type == ActivityTypes.Trace && Activity.ChannelId != EmulatorChannel)
            {
                continue;
            }

            addressed.Add(reply);
        }

        return RunHooksAsync(0, addressed, cancellationToken);
    }

    /// <inheritdoc />
    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Adapter.UpdateActivityAsync(this, Activity.AddressReply(activity), cancellationToken);
    }

    /// <inheritdoc />
    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        return Adapter.DeleteActivityAsync(this, activityId, cancellationToken);
    }

    /// <inheritdoc />
    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _onSendActivities.Add(handler);
        return this;
    }

    private Task<IReadOnlyList<ResourceResponse>> RunHooksAsync(int index, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        if (index == _onSendActivities.Count)
        {
            return DeliverAsync(activities, cancellationToken);
        }

        return _onSendActivities[index](this, activities, () => RunHooksAsync(index + 1, activities, cancellationToken));
    }

    private async Task<IReadOnlyList<ResourceResponse>> DeliverAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var toSend = new List<Activity>(activities.Count);
        foreach (var activity in activities)
        {
            if (activity.Type == ActivityTypes.InvokeResponse)
            {
                InvokeResponse = ReadInvokeResponse(activity);
                continue;
            }

            Responded |= activity.IsMessage;
            toSend.Add(activity);
        }

        if (_bufferReplies)
        {
            _buffered.AddRange(toSend);
            return [.. toSend.Select(_ => new ResourceResponse(string.Empty))];
        }

        if (toSend.Count == 0)
        {
            return [];
        }

        SentDirectly = true;
        return await Adapter.SendActivitiesAsync(this, toSend, cancellationToken).ConfigureAwait(false);
    }

    private static InvokeResponse ReadInvokeResponse(Activity activity)
    {
        if (activity.Value is { } value)
        {
            var response = System.Text.Json.JsonSerializer.Deserialize<InvokeResponse>(value, ActivitySerializer.Options);
            if (response is not null)
            {
                return response;
            }
        }

        return new InvokeResponse(200);
    }
}
